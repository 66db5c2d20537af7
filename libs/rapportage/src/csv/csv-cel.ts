/*
 * CSV for a Dutch spreadsheet, as the product's other CSV exports write it: semicolons between
 * cells, CRLF between rows, a cell quoted only when it holds a semicolon, a quote or a line break;
 * a decimal comma. Unlike those, a text a spreadsheet would run as a formula is defused.
 */

export type Csvcel = string | number | null | undefined;

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP "CSV injection"). */
const FORMULE_BEGIN = /^[=+\-@\t\r]/;

/** A number written as text (an amount "-12,50"): a spreadsheet reads it as the number it is, no formula. */
const GETAL = /^-?\d+([.,]\d+)?$/;

/** A text starting like a formula gets a leading apostrophe: shown as text, never evaluated. A negative amount stays a number. */
export function ontwapend(tekst: string): string {
  return FORMULE_BEGIN.test(tekst) && !GETAL.test(tekst) ? `'${tekst}` : tekst;
}

/** One cell: a number as a Dutch spreadsheet reads it, `null` as "n.v.t.", nothing as empty. */
export function csvCel(cel: Csvcel): string {
  if (cel === undefined) return '';
  if (cel === null) return 'n.v.t.';
  const tekst = typeof cel === 'number' ? String(cel).replace('.', ',') : ontwapend(cel);
  return /[;"\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

export function csvRij(cellen: readonly Csvcel[]): string {
  return cellen.map(csvCel).join(';');
}
