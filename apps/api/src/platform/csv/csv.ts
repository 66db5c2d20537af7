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
