import { flexteamcontroleContext, type Bevinding, type Bezoek, type ControleEvent, type Vervolgcontext } from '@handhaving/domain-flexteam';
import type { Pand } from '@handhaving/domain-shared';

/*
 * The events of a flexteam control as the decider records them (libs/domain/flexteam,
 * controle.events.ts), for the figures' specs. Each step is recorded on its own day unless a
 * later `geregistreerdOp` is given.
 */

export const KERKRADE = 'GM0928';
export const LANDGRAAF = 'GM0882';

/** A pand's address from its key (`adres:6461AB-12`). */
function pandVan(pandSleutel: string): Pand {
  const [postcode, huisnummer] = pandSleutel.replace(/^adres:/, '').split('-');
  return { soort: 'adres', postcode: postcode as string, huisnummer: Number(huisnummer) };
}

/** A visit with access to a planned address, with what was found. */
export function bezoek(pandSleutel: string, velden: Partial<Omit<Bezoek, 'pand' | 'pandSleutel'>> & { readonly bevindingen: readonly Bevinding[] }): Bezoek {
  return { pand: pandVan(pandSleutel), pandSleutel, gepland: true, toegang: true, ...velden };
}

export function controle(zaakId: string, opties: { readonly gemeente?: string; readonly geplandOp: string; readonly adressen: readonly string[] }) {
  const stap = (datum: string, geregistreerdOp = datum) => ({ zaakId, datum, door: 'flexteam-1', geregistreerdOp });
  return {
    stream: flexteamcontroleContext.streamId(zaakId),
    gepland: (datum: string): ControleEvent => ({
      type: 'ControleGepland',
      ...stap(datum),
      gemeente: opties.gemeente ?? KERKRADE,
      geplandOp: opties.geplandOp,
      gebied: 'Kerkrade-West',
      partners: ['boa', 'politie'],
      adressen: opties.adressen.map((pandSleutel) => ({ pand: pandVan(pandSleutel), pandSleutel, signalen: [] })),
    }),
    geannuleerd: (datum: string): ControleEvent => ({ type: 'ControleGeannuleerd', ...stap(datum), reden: 'te weinig politie beschikbaar' }),
    uitgevoerd: (datum: string, bezoeken: readonly Bezoek[], geregistreerdOp?: string): ControleEvent => ({ type: 'ControleUitgevoerd', ...stap(datum, geregistreerdOp), teamgrootte: 8, bezoeken }),
    vervolg: (datum: string, pandSleutel: string, bevinding: Bevinding, context: Vervolgcontext, vervolgZaakId: string): ControleEvent => ({
      type: 'VervolgGestart',
      ...stap(datum),
      pandSleutel,
      bevinding,
      vervolg: { context, zaakId: vervolgZaakId },
    }),
    afgezien: (datum: string, pandSleutel: string, bevinding: Bevinding): ControleEvent => ({ type: 'VervolgAfgezien', ...stap(datum), pandSleutel, bevinding, reden: 'al bekend bij de BRP' }),
    afgerond: (datum: string): ControleEvent => ({ type: 'ControleAfgerond', ...stap(datum) }),
  };
}
