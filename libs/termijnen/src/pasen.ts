import { dagnummerVan, formatDagnummer, type Kalenderdatum } from './kalenderdatum';

/**
 * Day number of Easter Sunday (eerste Paasdag) in the Gregorian calendar, by the anonymous
 * Gregorian computus (Meeus/Jones/Butcher). Goede Vrijdag, tweede Paasdag, Hemelvaartsdag and
 * tweede Pinksterdag — four of the Atw holidays — hang on it.
 */
export function eerstePaasdag(jaar: number): number {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return dagnummerVan(jaar, maand, dag);
}

/** Easter Sunday of a year as a date, for callers and tests. */
export function paasdatum(jaar: number): Kalenderdatum {
  return formatDagnummer(eerstePaasdag(jaar));
}
