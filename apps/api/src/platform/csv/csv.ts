/*
 * CSV for a Dutch spreadsheet: semicolons between cells, CRLF between rows, a cell quoted only
 * when it holds a semicolon, a quote or a line break.
 */

export type Csvcel = string | number;

export function csvRij(cellen: readonly Csvcel[]): string {
  return cellen.map((cel) => (/[;"\r\n]/.test(String(cel)) ? `"${String(cel).replace(/"/g, '""')}"` : String(cel))).join(';');
}

export function csvDocument(rijen: ReadonlyArray<readonly Csvcel[]>): string {
  return rijen.map(csvRij).join('\r\n') + '\r\n';
}

/** Euros with a decimal comma, as a Dutch spreadsheet reads them: 350000 cents is "3500,00". */
export function euro(cent: number): string {
  return `${Math.trunc(cent / 100)},${String(Math.abs(cent) % 100).padStart(2, '0')}`;
}
