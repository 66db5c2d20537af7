import { berekenTermijn, dagenTussen, plusDagen } from '@handhaving/termijnen';
import type { DeelVanVerbeuring, DwangsomVerbeurd } from './dwangsom.events';

/*
 * A dwangsom per tijdseenheid forfeits unit by unit: every day (per dag) or every week begun (per
 * week) the violation lasts is its own forfeiture, and each verjaart on its own, one year after
 * the day it forfeited (art. 5:35 Awb). A period registered in one controle is therefore not
 * verjaard all at once: its first days go first, its last days a year after they forfeited.
 * These functions split a recorded forfeiture into its units; the decider, the read models and
 * the deadline list all use them, so the law is read in one place.
 */

/** The units of one recorded forfeiture (DwangsomVerbeurd). */
export interface Eenheden {
  /** The day the first unit forfeited. */
  readonly eersteOp: string;
  /** Days from one unit to the next: 1 per dag, 7 per week; 0 for a single forfeiture. */
  readonly stapDagen: 0 | 1 | 7;
  /** Units that forfeited money (units past the maximum forfeited nothing). */
  readonly aantal: number;
  /** The sum of one unit. */
  readonly perEenheidCent: number;
  /** What forfeited in all (after the cap): the first units take their full sum, the last one what was left. */
  readonly bedragCent: number;
  /** Last day of the period the forfeiture covers. */
  readonly totEnMet: string;
}

type VerbeurdVelden = Pick<DwangsomVerbeurd, 'verbeurdOp' | 'totEnMet' | 'eenheden' | 'berekendCent' | 'bedragCent' | 'tijdseenheden'>;

/**
 * The units of a forfeiture as recorded. Events written before `tijdseenheden` existed counted
 * their units from `verbeurdOp` (one unit per day, or per week begun), so the unit follows from
 * the number of units and the days of the period: as many units as days is per dag, fewer is per week.
 */
export function eenhedenVan(verbeurd: VerbeurdVelden): Eenheden {
  const t = verbeurd.tijdseenheden;
  let eersteOp = verbeurd.verbeurdOp;
  let stapDagen: 0 | 1 | 7 = 0;
  let perEenheidCent = verbeurd.berekendCent;
  if (t !== undefined) {
    eersteOp = t.eersteVerbeurdOp;
    stapDagen = t.eenheid === 'dag' ? 1 : 7;
    perEenheidCent = t.bedragPerEenheidCent;
  } else if (verbeurd.eenheden > 1) {
    stapDagen = verbeurd.eenheden === dagenTussen(verbeurd.verbeurdOp, verbeurd.totEnMet) + 1 ? 1 : 7;
    perEenheidCent = Math.round(verbeurd.berekendCent / verbeurd.eenheden);
  }
  const metGeld = perEenheidCent > 0 ? Math.ceil(verbeurd.bedragCent / perEenheidCent) : 0;
  return { eersteOp, stapDagen, aantal: Math.min(Math.max(verbeurd.eenheden, 1), metGeld), perEenheidCent, bedragCent: verbeurd.bedragCent, totEnMet: verbeurd.totEnMet };
}

/** The day unit `k` (0-based) forfeited. */
export function eenheidOp(e: Eenheden, k: number): string {
  return plusDagen(e.eersteOp, k * e.stapDagen);
}

/** Art. 5:35 Awb: the last day an invorderingsbeschikking can be made known for unit `k`. */
export function verjaringVanEenheid(e: Eenheden, k: number): string {
  return verjaringsdatumVoor(eenheidOp(e, k));
}

/*
 * The verjaring of a day is asked again and again (the figures halve over every period, the read
 * models file each forfeiture by it), and the answer of a day never changes: it is kept, for as
 * many days as a few decades hold. Pure: the same day gives the same date, with or without it.
 */
const VERJARINGEN = new Map<string, string>();
const BEWAARD_TEN_HOOGSTE = 20_000;

/** Art. 5:35 Awb: the last day an invorderingsbeschikking can be made known for a forfeiture of that day. */
export function verjaringsdatumVoor(verbeurdOp: string): string {
  let einde = VERJARINGEN.get(verbeurdOp);
  if (einde === undefined) {
    einde = berekenTermijn({ soort: 'verjaring-dwangsom', vanaf: verbeurdOp }).einde;
    if (VERJARINGEN.size >= BEWAARD_TEN_HOOGSTE) VERJARINGEN.clear();
    VERJARINGEN.set(verbeurdOp, einde);
  }
  return einde;
}

/** The money of units `van` up to (not including) `tot`. */
export function bedragVanEenheden(e: Eenheden, van: number, tot: number): number {
  const tm = (n: number): number => Math.min(e.bedragCent, Math.max(0, n) * e.perEenheidCent);
  return tm(tot) - tm(van);
}

/**
 * How many units (from the first) had verjaard before `datum`: their verjaringsdatum lies before
 * it. The verjaring only moves forward with the day of forfeiture, so these are always the first
 * units; found by halving, not by computing a year for each of 300 days.
 */
export function verjaardVoor(e: Eenheden, datum: string): number {
  // Most questions find none or all of a period verjaard: two dates settle those.
  if (e.aantal === 0 || verjaringVanEenheid(e, 0) >= datum) return 0;
  if (verjaringVanEenheid(e, e.aantal - 1) < datum) return e.aantal;
  let laag = 1;
  let hoog = e.aantal - 1;
  while (laag < hoog) {
    const midden = Math.floor((laag + hoog) / 2);
    if (verjaringVanEenheid(e, midden) < datum) laag = midden + 1;
    else hoog = midden;
  }
  return laag;
}

/**
 * A forfeiture split by an invorderingsbeschikking made known on `bekendmakingsdatum`: the units
 * verjaard before that day, and those it can still claim. Either part may be empty (absent).
 */
export function splitsOpVerjaring(e: Eenheden, bekendmakingsdatum: string): { readonly verjaard?: DeelVanVerbeuring; readonly invorderbaar?: DeelVanVerbeuring } {
  const k = verjaardVoor(e, bekendmakingsdatum);
  const deel = (van: number, tot: number): DeelVanVerbeuring | undefined => {
    const bedragCent = bedragVanEenheden(e, van, tot);
    if (tot <= van || bedragCent === 0) return undefined;
    const eind = tot >= e.aantal ? eindeVanEenheid(e, e.aantal - 1) : plusDagen(eenheidOp(e, tot), -1);
    return { van: eenheidOp(e, van), totEnMet: eind, eenheden: tot - van, bedragCent };
  };
  const verjaard = deel(0, k);
  const invorderbaar = deel(k, e.aantal);
  return { ...(verjaard === undefined ? {} : { verjaard }), ...(invorderbaar === undefined ? {} : { invorderbaar }) };
}

/** The last day unit `k` covers: a week's sixth day after its first, never past the period. */
function eindeVanEenheid(e: Eenheden, k: number): string {
  if (e.stapDagen === 0) return e.totEnMet;
  const eind = plusDagen(eenheidOp(e, k), e.stapDagen - 1);
  return eind < e.totEnMet ? eind : e.totEnMet;
}
