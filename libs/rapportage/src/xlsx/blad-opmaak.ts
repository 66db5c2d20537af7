import type { Worksheet } from 'exceljs';

/**
 * Column widths from the content of rows `vanRij`–`totRij` (header and figures; a title above or
 * footnotes below run over the empty cells beside them instead of widening a column): the longest
 * text or number plus a little, at least 8 and at most 60 characters.
 */
export function zetKolombreedtes(blad: Worksheet, vanRij: number, totRij: number): void {
  const kolommen = blad.getRow(vanRij).cellCount;
  for (let k = 1; k <= kolommen; k++) {
    let breedste = 8;
    for (let r = vanRij; r <= totRij; r++) {
      const waarde = blad.getRow(r).getCell(k).value;
      if (waarde !== null && waarde !== undefined) breedste = Math.max(breedste, String(waarde).length + 2);
    }
    blad.getColumn(k).width = Math.min(breedste, 60);
  }
}
