import { ontwapend } from '@handhaving/rapportage';

/*
 * CSV for a Dutch spreadsheet: semicolons between cells, CRLF between rows, a cell quoted only
 * when it holds a semicolon, a quote or a line break; a text a spreadsheet would run as a formula
 * (=, +, -, @ first) gets an apostrophe, as in the annual report's CSV.
 */

export type Csvcel = string | number;

export function csvRij(cellen: readonly Csvcel[]): string {
  return cellen
    .map((cel) => (typeof cel === 'number' ? String(cel) : ontwapend(cel)))
    .map((tekst) => (/[;"\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst))
    .join(';');
}

export function csvDocument(rijen: ReadonlyArray<readonly Csvcel[]>): string {
  return rijen.map(csvRij).join('\r\n') + '\r\n';
}

/** Euros with a decimal comma, as a Dutch spreadsheet reads them: 350000 cents is "3500,00". */
export function euro(cent: number): string {
  const bedrag = Math.abs(cent);
  return `${cent < 0 ? '-' : ''}${Math.trunc(bedrag / 100)},${String(bedrag % 100).padStart(2, '0')}`;
}
