/** Excel refuses these in a sheet name. */
const VERBODEN = /[[\]:*?/\\]/g;
const MAX = 31;

/**
 * A sheet name Excel accepts, from a title: without []:*?/\ (each becomes "-"), no apostrophe at
 * either end, at most 31 characters, not "History" (reserved), and unique in the workbook (Excel
 * compares names case-insensitively): a repeat gets " (2)", " (3)", … within the 31.
 * `gebruikt` holds the names taken so far, lower-cased; the new one is added.
 */
export function bladnaam(titel: string, gebruikt: Set<string>): string {
  const schoon =
    titel
      .replace(VERBODEN, '-')
      // Control characters (a tab, a line break) and runs of spaces become one space.
      .replace(/[\s\p{Cc}]+/gu, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim() || 'Blad';
  const basis = schoon.toLowerCase() === 'history' ? `${schoon} (1)` : schoon;
  for (let n = 1; ; n++) {
    const achtervoegsel = n === 1 ? '' : ` (${n})`;
    const naam = `${basis.slice(0, MAX - achtervoegsel.length).replace(/['\s]+$/, '')}${achtervoegsel}`;
    if (!gebruikt.has(naam.toLowerCase())) {
      gebruikt.add(naam.toLowerCase());
      return naam;
    }
  }
}
