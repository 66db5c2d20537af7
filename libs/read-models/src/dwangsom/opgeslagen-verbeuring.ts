import { plusDagen } from '@handhaving/termijnen';
import { eenhedenVan, verjaardVoor, verjaringVanEenheid, type DwangsomVerbeurd, type Eenheden } from '@handhaving/domain-dwangsom';

/*
 * A forfeiture as the dwangsom read models keep it. Per tijdseenheid each unit (day, week begun)
 * verjaart on its own (art. 5:35 Awb; the law is read in @handhaving/domain-dwangsom's
 * eenheden.ts); a record keeps only what a question needs to count the units lost by a peildatum:
 * the verjaringsdatum of the first unit and, for more than one unit, that of the last, the number
 * of units, their step and sum. Most questions find none or all of a forfeiture's units verjaard,
 * which the two stored dates settle without computing a date; only a peildatum between them
 * halves over the units. A single forfeiture (per overtreding) stores no units at all.
 */

export interface OpgeslagenVerbeuring {
  readonly verbeuring: number;
  readonly verbeurdOp: string;
  /** What forfeited (after the cap). */
  readonly bedragCent: number;
  /** The last day an invorderingsbeschikking can be made known for the first unit. */
  readonly verjaringsdatum: string;
  /** Per tijdseenheid, more than one unit: what the units add. */
  readonly eenheden?: OpgeslagenEenheden;
}

export interface OpgeslagenEenheden {
  /** 1 per dag, 7 per week. */
  readonly stapDagen: 1 | 7;
  /** Units that forfeited money. */
  readonly aantal: number;
  readonly perEenheidCent: number;
  /** The day the first unit forfeited, when not `verbeurdOp` (a period continuing a week begun). */
  readonly eersteOp?: string;
  /** The verjaringsdatum of the last unit. */
  readonly laatsteVerjaring: string;
}

/** What a read model keeps of a recorded forfeiture. */
export function opgeslagenVerbeuring(event: DwangsomVerbeurd): OpgeslagenVerbeuring {
  const e = eenhedenVan(event);
  const basis = { verbeuring: event.verbeuring, verbeurdOp: event.verbeurdOp, bedragCent: event.bedragCent, verjaringsdatum: verjaringVanEenheid(e, 0) };
  if (e.stapDagen === 0 || e.aantal <= 1) return basis;
  return {
    ...basis,
    eenheden: {
      stapDagen: e.stapDagen,
      aantal: e.aantal,
      perEenheidCent: e.perEenheidCent,
      ...(e.eersteOp === event.verbeurdOp ? {} : { eersteOp: e.eersteOp }),
      laatsteVerjaring: verjaringVanEenheid(e, e.aantal - 1),
    },
  };
}

/** How many units of the forfeiture had verjaard before `datum`: their verjaringsdatum lies before it (always the first ones). */
export function verjaardeEenheden(v: OpgeslagenVerbeuring, datum: string): number {
  const aantal = aantalEenheden(v);
  if (aantal === 0 || v.verjaringsdatum >= datum) return 0;
  if (v.eenheden === undefined || v.eenheden.laatsteVerjaring < datum) return aantal;
  return verjaardVoor(alsEenheden(v, v.eenheden), datum);
}

/** The money of units `van` up to (not including) `tot`. */
export function bedragVanDeEenheden(v: OpgeslagenVerbeuring, van: number, tot: number): number {
  const perEenheid = v.eenheden?.perEenheidCent ?? v.bedragCent;
  const tm = (n: number): number => Math.min(v.bedragCent, Math.max(0, n) * perEenheid);
  return tm(tot) - tm(van);
}

/** The verjaringsdatum of unit `k` (0-based). */
export function verjaringVanDeEenheid(v: OpgeslagenVerbeuring, k: number): string {
  if (k === 0 || v.eenheden === undefined) return v.verjaringsdatum;
  if (k === v.eenheden.aantal - 1) return v.eenheden.laatsteVerjaring;
  return verjaringVanEenheid(alsEenheden(v, v.eenheden), k);
}

/** Units that forfeited money: none of a forfeiture of nothing, one per overtreding. */
export function aantalEenheden(v: OpgeslagenVerbeuring): number {
  return v.eenheden?.aantal ?? (v.bedragCent > 0 ? 1 : 0);
}

/** The units in the domain's form, for the rare question that falls between the first and the last verjaring. */
function alsEenheden(v: OpgeslagenVerbeuring, e: OpgeslagenEenheden): Eenheden {
  const eersteOp = e.eersteOp ?? v.verbeurdOp;
  return { eersteOp, stapDagen: e.stapDagen, aantal: e.aantal, perEenheidCent: e.perEenheidCent, bedragCent: v.bedragCent, totEnMet: plusDagen(eersteOp, (e.aantal - 1) * e.stapDagen) };
}
