import type { Begunstigingsduur, Zienswijzeduur } from '@handhaving/policy';
import { berekenTermijn, TermijnFout, type LastSoort, type TermijnVraag } from '@handhaving/termijnen';
import type { Regels } from './regels';

/*
 * The terms the bestuursorgaan sets itself (a zienswijzetermijn in the voornemen, a
 * begunstigingstermijn in the last), computed the same way in every context by
 * @handhaving/termijnen: a length with the policy's choice whether to extend it as the Atw would,
 * or a day the letter names.
 */

/** A term the gemeente sets: a length with the policy's Atw choice, or an end date written in the letter. */
export type GesteldeTermijn<Duur> = { readonly lengte: Duur; readonly verlengAlsAtw: boolean } | { readonly einde: string };

export interface Zienswijzetermijn {
  /** Last day on which a zienswijze is on time. */
  readonly einde: string;
  /** Set when computed from a length (art. 4:8 Awb leaves it to the authority); absent when the end was given. */
  readonly lengte?: Zienswijzeduur;
  /** Whether the policy extends this term past weekends and holidays as the Atw would. */
  readonly verlengdAlsAtw?: boolean;
}

export interface Begunstigingstermijn {
  /**
   * Last day on which the last can be carried out by the one it is addressed to without the
   * gemeente acting or a dwangsom forfeiting (art. 5:24 lid 2 Awb for bestuursdwang, art. 5:32a
   * lid 2 Awb for a dwangsom).
   */
  readonly einde: string;
  readonly lengte?: Begunstigingsduur;
  readonly verlengdAlsAtw?: boolean;
}

/** Which last a begunstigingstermijn belongs to: it decides the article (art. 5:24 lid 2 or 5:32a lid 2 Awb). */
export type SoortLast = LastSoort;

/** The end of a term; the library's objection becomes the context's refusal on the command's field. */
export function eindeVan(regels: Regels, vraag: TermijnVraag, veld: string, verlengAlsAtw = true): string {
  try {
    return berekenTermijn(vraag, { beleid: { verlengAlsAtw: { zienswijzetermijn: verlengAlsAtw, begunstigingstermijn: verlengAlsAtw } } }).einde;
  } catch (error) {
    if (error instanceof TermijnFout) regels.weiger('termijn-ongeldig', error.message, error.veld === 'vanaf' || error.veld === undefined ? veld : `${veld}.${error.veld}`);
    throw error;
  }
}

/** Art. 4:8 Awb: the term to give a zienswijze on the voornemen, from the day after it was sent. */
export function zienswijzetermijn(regels: Regels, verzenddatum: string, gesteld: GesteldeTermijn<Zienswijzeduur>, veld = 'zienswijzetermijn'): Zienswijzetermijn {
  if ('einde' in gesteld) {
    regels.toekomstigeDatum(gesteld.einde, `${veld}.einde`);
    if (gesteld.einde <= verzenddatum) regels.weiger('termijn-ongeldig', `De zienswijzetermijn moet na de verzenddatum ${verzenddatum} eindigen`, `${veld}.einde`);
    return { einde: gesteld.einde };
  }
  return {
    einde: eindeVan(regels, { soort: 'zienswijzetermijn', vanaf: verzenddatum, lengte: gesteld.lengte }, veld, gesteld.verlengAlsAtw),
    lengte: gesteld.lengte,
    verlengdAlsAtw: gesteld.verlengAlsAtw,
  };
}

/**
 * The begunstigingstermijn the last sets, from the day after its bekendmaking. A day the besluit
 * names is that day: it is never extended (the Atw covers terms set by law, and the policy's
 * choice to extend concerns terms given as a length).
 */
export function begunstigingstermijn(
  regels: Regels,
  bekendmakingsdatum: string,
  gesteld: GesteldeTermijn<Begunstigingsduur>,
  last: SoortLast,
  veld = 'begunstigingstermijn',
): Begunstigingstermijn {
  if ('einde' in gesteld) {
    regels.toekomstigeDatum(gesteld.einde, `${veld}.einde`);
    return { einde: eindeVan(regels, { soort: 'begunstigingstermijn', vanaf: bekendmakingsdatum, vasteEinddatum: gesteld.einde, last }, veld, false) };
  }
  return {
    einde: eindeVan(regels, { soort: 'begunstigingstermijn', vanaf: bekendmakingsdatum, lengte: gesteld.lengte, last }, veld, gesteld.verlengAlsAtw),
    lengte: gesteld.lengte,
    verlengdAlsAtw: gesteld.verlengAlsAtw,
  };
}
