import type { DwangsomzaakGeopend, Herkomst } from '@handhaving/domain-dwangsom';
import type { Bevinding, ControleUitgevoerd } from '@handhaving/domain-flexteam';
import type { OvertredingGeconstateerd } from '@handhaving/domain-kamerverhuur';
import { pandSleutel, type Bron, type PandAdres } from '@handhaving/domain-shared';
import { KERKRADE } from '../../damocles/test-support/damocles-events';

/*
 * The first steps of the other contexts' cases as their deciders record them, for the tests of
 * the recidive check across contexts. Pand `nr` is house number `nr` at 6461AB, as in the Damocles
 * test events (../../damocles/test-support/damocles-events.ts).
 */

export function adres(nr: number): PandAdres {
  return { soort: 'adres', postcode: '6461AB', huisnummer: nr };
}

/** A control held on `datum` that visited the panden with these findings (an overtreder with kamerverhuur or woningsplitsing). */
export function controle(zaakId: string, datum: string, bezoeken: ReadonlyArray<{ nr: number; bevindingen: readonly Bevinding[]; overtrederId?: string }>): ControleUitgevoerd {
  return {
    type: 'ControleUitgevoerd',
    zaakId,
    teamgrootte: 6,
    bezoeken: bezoeken.map(({ nr, bevindingen, overtrederId }) => ({
      pand: adres(nr),
      pandSleutel: pandSleutel(adres(nr)),
      gepland: true,
      toegang: true,
      bevindingen,
      ...(overtrederId === undefined ? {} : { overtrederId }),
    })),
    datum,
    door: 'tz-1',
    geregistreerdOp: datum,
  };
}

/** A kamerverhuur handhavingstraject's constatering. */
export function constatering(zaakId: string, nr: number, constateringsdatum: string, overtrederId: string, bron?: Bron): OvertredingGeconstateerd {
  return {
    type: 'OvertredingGeconstateerd',
    zaakId,
    gemeente: KERKRADE,
    registerZaakId: `register-${nr}`,
    pandSleutel: pandSleutel(adres(nr)),
    soort: 'kamerverhuur',
    overtrederId,
    constateringsdatum,
    toezichthouder: 'tz-1',
    bevindingen: 'zes kamers los verhuurd',
    ...(bron === undefined ? {} : { bron }),
    datum: constateringsdatum,
    door: 'mw-1',
  };
}

/** A dwangsom case opened against `overtrederId`, from `herkomst` when given. */
export function dwangsomzaak(zaakId: string, constateringsdatum: string, overtrederId: string, herkomst?: Herkomst): DwangsomzaakGeopend {
  return {
    type: 'DwangsomzaakGeopend',
    zaakId,
    gemeente: KERKRADE,
    grondslag: { soort: 'opiumwet-13b' },
    overtrederId,
    overtreding: 'drugs in het pand',
    constateringsdatum,
    thema: 'drugspand',
    ...(herkomst === undefined ? {} : { herkomst }),
    datum: constateringsdatum,
    door: 'mw-1',
  };
}
