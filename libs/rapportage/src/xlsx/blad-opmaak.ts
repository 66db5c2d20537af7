import type { Worksheet } from 'exceljs';

/** A long header wraps (its row is set to wrap) instead of widening its column beyond this. */
const KOP_MAX = 24;

/**
 * Column widths from the header in row `kopRij` and the rows after it up to `totRij` (a title
 * above or footnotes below run over the empty cells beside them instead of widening a column):
 * the longest figure or text plus a little, a header up to 24 characters, at least 10 (exceljs
 * leaves a width of 9 out, as if it were the default) and at most 60.
 */
export function zetKolombreedtes(blad: Worksheet, kopRij: number, totRij: number): void {
  const koppen = blad.getRow(kopRij);
  koppen.alignment = { wrapText: true, vertical: 'bottom' };
  for (let k = 1; k <= koppen.cellCount; k++) {
    let breedste = Math.min(String(koppen.getCell(k).value ?? '').length + 2, KOP_MAX);
    for (let r = kopRij + 1; r <= totRij; r++) {
      const waarde = blad.getRow(r).getCell(k).value;
      if (waarde !== null && waarde !== undefined) breedste = Math.max(breedste, String(waarde).length + 2);
    }
    blad.getColumn(k).width = Math.min(Math.max(breedste, 10), 60);
  }
}
