import { plusDagen } from '@handhaving/termijnen';

/** Both ends inclusive: the earlier finds that count lie on `van` … `tot`. */
export interface RecidiveVenster {
  readonly van: string;
  readonly tot: string;
}

/*
 * The recidive window of docs/damocles.md ("Recidive") ("an earlier find within the policy window before this
 * one"), counted forward from the earlier find, as a term runs from the event that starts it:
 * an earlier find on E counts for a find on F when E < F <= E + N months, where E + N months
 * keeps the day number or, when that month lacks it, takes the month's last day (the month
 * counting of docs/termijnen.md). So 2017-02-28 + 36 months = 2020-02-28, before 2020-02-29: a find
 * on 2017-02-28 does not count for one on 2020-02-29, while 2017-03-01 (+ 36 = 2020-03-01) does.
 * Counting back from F instead (2020-02-29 − 36 months, clamped to 2017-02-28) let one day too
 * many into the window whenever F's day number is missing N months earlier.
 */

/**
 * The first day of the window: the earliest E with E + `maanden` months on or after `datum`.
 * That is `datum`'s day number `maanden` months earlier when that month has it; otherwise no day
 * of that month reaches `datum`, and the window starts on the 1st of the month after.
 */
export function recidiveVensterVan(datum: string, maanden: number): string {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  const index = jaar * 12 + (maand - 1) - maanden;
  const vanJaar = Math.floor(index / 12);
  const vanMaand = index - vanJaar * 12 + 1;
  if (dag <= dagenInMaand(vanJaar, vanMaand)) return iso(vanJaar, vanMaand, dag);
  return vanMaand === 12 ? iso(vanJaar + 1, 1, 1) : iso(vanJaar, vanMaand + 1, 1);
}

/** The window before a find on `datum`: from `recidiveVensterVan` through the day before (a find on the same day is not earlier). */
export function recidiveVenster(datum: string, maanden: number): RecidiveVenster {
  return { van: recidiveVensterVan(datum, maanden), tot: plusDagen(datum, -1) };
}

function dagenInMaand(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

function iso(jaar: number, maand: number, dag: number): string {
  return `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}
