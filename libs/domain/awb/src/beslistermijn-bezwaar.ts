import { berekenTermijn, type Opschorting, type Termijn, type TermijnVraag, type Verdaging } from '@handhaving/termijnen';
import type { BeslistermijnBezwaarVerdaagd, HerstelVerzuimGevraagd, OpschortingBeslistermijnBeeindigd } from './awb.events';

/*
 * The beslistermijn op bezwaar (art. 7:10 Awb) as one question to @handhaving/termijnen: six
 * weeks from the day after the bezwaartermijn ended (lid 1), standing still while an omission is
 * being repaired (lid 2), postponed once by at most six weeks (lid 3). The decider (is the term
 * still running, how far does a verdaging reach) and the deadlines read model (its end and
 * explanation) build the question from the same events with these functions, so both count alike.
 */

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

/** The suspensions (ended, or running: without `totEnMet`) and the verdagingen of the term. */
export type Beslistermijnstappen = Pick<BeslistermijnVerloop, 'opschortingen' | 'verdagingen'>;

/**
 * The question for the term: `peildatum` is the day a suspension still running is counted
 * through (the library reads no clock).
 */
export function beslistermijnVraag(bezwaartermijnEinde: string, verloop: Beslistermijnstappen, peildatum?: string): TermijnVraag {
  return {
    soort: 'beslistermijn-bezwaar',
    vanaf: bezwaartermijnEinde,
    ...(verloop.opschortingen.length > 0 ? { opschortingen: verloop.opschortingen } : {}),
    ...(verloop.verdagingen.length > 0 ? { verdagingen: verloop.verdagingen } : {}),
    ...(peildatum === undefined ? {} : { peildatum }),
  };
}

export function beslistermijnBezwaar(bezwaartermijnEinde: string, verloop: Beslistermijnstappen, peildatum?: string): Termijn {
  return berekenTermijn(beslistermijnVraag(bezwaartermijnEinde, verloop, peildatum));
}
