import { berekenTermijn, type Opschorting, type Termijn, type TermijnVraag, type Verdaging } from '@handhaving/termijnen';
import type { BeslistermijnBezwaarUitgesteld, BeslistermijnBezwaarVerdaagd, HerstelVerzuimGevraagd, OpschortingBeslistermijnBeeindigd } from './awb.events';

/*
 * The beslistermijn op bezwaar (art. 7:10 Awb) as one question to @handhaving/termijnen: six
 * weeks from the day after the bezwaartermijn ended, twelve when an adviescommissie (art. 7:13
 * Awb) advises on the bezwaar (lid 1), standing still while an omission is being repaired (lid
 * 2), postponed once by at most six weeks (lid 3) and further with the bezwaarmaker's consent (lid
 * 4). The decider (is the term still running, how far does a verdaging reach) and the deadlines
 * read model (its end and explanation) build the question from the same events with these
 * functions, so both count alike.
 */

/** What of the bezwaar itself sets the term's length: an adviescommissie (art. 7:13 Awb) makes it twelve weeks. Absent on bezwaren recorded before it was kept: six. */
export interface BezwaarMetAdviescommissie {
  readonly adviescommissie?: boolean;
}

/** What happened to the beslistermijn op bezwaar (art. 7:10 lid 2 en 3 Awb) since the objection. */
export interface BeslistermijnVerloop {
  /** Suspensions that ended (each with the days the term stood still). */
  readonly opschortingen: readonly Opschorting[];
  /** A request to repair an omission still open: the term stands still since `opschorting.van`. */
  readonly lopend?: { readonly gevraagdOp: string; readonly hersteltermijnEinde: string; readonly opschorting: Opschorting };
  readonly verdagingen: readonly Verdaging[];
  /** The domain date of the last of these steps: a next one cannot lie before it. */
  readonly laatsteStap: string;
}

/** The suspension that starts with a request to repair an omission; it runs until `beeindigdeOpschorting`. */
export function lopendeOpschorting(gevraagd: Pick<HerstelVerzuimGevraagd, 'datum' | 'verzuim' | 'opgeschortVanaf'>): Opschorting {
  return { van: gevraagd.opgeschortVanaf, reden: `art. 7:10 lid 2 Awb: herstel van verzuim gevraagd op ${gevraagd.datum} (${gevraagd.verzuim})` };
}

/** The running suspension as it ended, or nothing when not a day stood still. */
export function beeindigdeOpschorting(lopend: Opschorting, beeindigd: Pick<OpschortingBeslistermijnBeeindigd, 'einde' | 'opschorting' | 'datum'>): Opschorting | undefined {
  if (beeindigd.opschorting === undefined) return undefined;
  const hoe = beeindigd.einde === 'verzuim-hersteld' ? `hersteld op ${beeindigd.datum}` : 'hersteltermijn ongebruikt verstreken';
  return { van: beeindigd.opschorting.van, totEnMet: beeindigd.opschorting.totEnMet, reden: `${lopend.reden}, ${hoe}` };
}

export function verdagingVan(verdaagd: Pick<BeslistermijnBezwaarVerdaagd, 'lengte' | 'reden'>): Verdaging {
  return { soort: 'verdaging', lengte: verdaagd.lengte, reden: verdaagd.reden };
}

/** Art. 7:10 lid 4 Awb: further uitstel, its reason with the consent it rests on. */
export function uitstelVan(uitgesteld: Pick<BeslistermijnBezwaarUitgesteld, 'lengte' | 'reden' | 'instemming'>): Verdaging {
  const anderen = uitgesteld.instemming.andereBelanghebbenden === 'ingestemd' ? 'andere belanghebbenden stemden in' : 'andere belanghebbenden niet in hun belangen geschaad';
  return { soort: 'uitstel', lengte: uitgesteld.lengte, reden: `${uitgesteld.reden} (bezwaarmaker stemde in op ${uitgesteld.instemming.indienerOp}; ${anderen})` };
}

/** The verdaging of art. 7:10 lid 3 Awb among them: lid 3 allows one; uitstel with consent (lid 4) is not one. */
export function verdagingenBijKennisgeving(verdagingen: readonly Verdaging[]): readonly Verdaging[] {
  return verdagingen.filter((v) => (v.soort ?? 'verdaging') === 'verdaging');
}

/** The suspensions (ended, or running: without `totEnMet`) and the verdagingen of the term. */
export type Beslistermijnstappen = Pick<BeslistermijnVerloop, 'opschortingen' | 'verdagingen'>;

/**
 * The question for the term: `peildatum` is the day a suspension still running is counted
 * through (the library reads no clock).
 */
export function beslistermijnVraag(bezwaartermijnEinde: string, verloop: Beslistermijnstappen, peildatum?: string, bezwaar: BezwaarMetAdviescommissie = {}): TermijnVraag {
  return {
    soort: 'beslistermijn-bezwaar',
    vanaf: bezwaartermijnEinde,
    ...(bezwaar.adviescommissie === true ? { adviescommissie: true } : {}),
    ...(verloop.opschortingen.length > 0 ? { opschortingen: verloop.opschortingen } : {}),
    ...(verloop.verdagingen.length > 0 ? { verdagingen: verloop.verdagingen } : {}),
    ...(peildatum === undefined ? {} : { peildatum }),
  };
}

export function beslistermijnBezwaar(bezwaartermijnEinde: string, verloop: Beslistermijnstappen, peildatum?: string, bezwaar: BezwaarMetAdviescommissie = {}): Termijn {
  return berekenTermijn(beslistermijnVraag(bezwaartermijnEinde, verloop, peildatum, bezwaar));
}

/** The term as it stands on `peildatum`, a suspension still running (`lopend`) counted through that day. */
export function lopendeBeslistermijn(
  bezwaartermijnEinde: string,
  verloop: Beslistermijnstappen & Pick<BeslistermijnVerloop, 'lopend'>,
  peildatum: string,
  bezwaar: BezwaarMetAdviescommissie = {},
): Termijn {
  const opschortingen = verloop.lopend === undefined ? verloop.opschortingen : [...verloop.opschortingen, verloop.lopend.opschorting];
  return beslistermijnBezwaar(bezwaartermijnEinde, { opschortingen, verdagingen: verloop.verdagingen }, peildatum, bezwaar);
}

/** The beslistermijn before any step in it. */
export const GEEN_VERLOOP: BeslistermijnVerloop = { opschortingen: [], verdagingen: [], laatsteStap: '0000-01-01' };

export type BeslistermijnEvent = HerstelVerzuimGevraagd | OpschortingBeslistermijnBeeindigd | BeslistermijnBezwaarVerdaagd | BeslistermijnBezwaarUitgesteld;

/** The beslistermijn's course after one more of its steps (every context's evolve folds them alike). */
export function beslistermijnNa(verloop: BeslistermijnVerloop = GEEN_VERLOOP, event: BeslistermijnEvent): BeslistermijnVerloop {
  switch (event.type) {
    case 'HerstelVerzuimGevraagd':
      return { ...verloop, lopend: { gevraagdOp: event.datum, hersteltermijnEinde: event.hersteltermijnEinde, opschorting: lopendeOpschorting(event) }, laatsteStap: event.datum };
    case 'OpschortingBeslistermijnBeeindigd': {
      const { lopend, ...rest } = verloop;
      const opschorting = lopend === undefined ? undefined : beeindigdeOpschorting(lopend.opschorting, event);
      return { ...rest, ...(opschorting === undefined ? {} : { opschortingen: [...rest.opschortingen, opschorting] }), laatsteStap: event.datum };
    }
    case 'BeslistermijnBezwaarVerdaagd':
      return { ...verloop, verdagingen: [...verloop.verdagingen, verdagingVan(event)], laatsteStap: event.datum };
    case 'BeslistermijnBezwaarUitgesteld':
      return { ...verloop, verdagingen: [...verloop.verdagingen, uitstelVan(event)], laatsteStap: event.datum };
    default: {
      const onbekend: never = event;
      void onbekend;
      return verloop;
    }
  }
}
