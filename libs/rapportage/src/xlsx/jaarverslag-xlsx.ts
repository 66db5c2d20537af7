import { Workbook, type Worksheet } from 'exceljs';
import { tabelAlsRijen, trendAlsRijen, type PlatteCel, type PlatteTabel } from '../csv/tabel-als-rijen';
import { alleTabellen, type Jaarverslag } from '../model/jaarverslag';
import { bladnaam } from './bladnaam';
import { zetKolombreedtes } from './blad-opmaak';

/** What a spreadsheet shows for `null`: the category does not apply. */
const NVT = 'n.v.t.';

/**
 * The report as a workbook for analysts: "Over dit verslag" first (gemeente, period, as known on,
 * made on, the chapters with their sheets), then one sheet per table and one per trend. A sheet has
 * the full title in row 1 and the header in row 2 (bold, frozen with the row headings); figures are
 * numeric cells, `null` the text "n.v.t."; beside a column with figures that changed since the
 * report went to the council, a column with the figures as reported then (see tabelAlsRijen); a
 * cell with a footnote carries it as a comment, and the footnotes are listed under the table.
 * Every value is a plain value: no cell is ever a formula, whatever a title or text holds.
 */
export async function jaarverslagAlsXlsx(verslag: Jaarverslag): Promise<Buffer> {
  const boek = new Workbook();
  boek.creator = 'Handhaving';
  boek.title = `Jaarverslag ${verslag.gemeentenaam ?? verslag.gemeente} ${verslag.periode.jaar ?? `${verslag.periode.van} t/m ${verslag.periode.tot}`}`;
  boek.created = new Date(verslag.gemaaktOp);
  boek.modified = boek.created;

  const gebruikt = new Set<string>();
  const over = boek.addWorksheet(bladnaam('Over dit verslag', gebruikt));
  const bladVanTabel = new Map<string, string>();
  const bladVanTrend = new Map<string, string>();
  for (const { tabel } of alleTabellen(verslag)) bladVanTabel.set(tabel.id, bladnaam(tabel.titel, gebruikt));
  for (const trend of verslag.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.trends)) bladVanTrend.set(trend.id, bladnaam(`Trend ${trend.titel}`, gebruikt));

  schrijfOver(over, verslag, bladVanTabel, bladVanTrend);
  for (const { tabel } of alleTabellen(verslag)) schrijfTabel(boek.addWorksheet(bladVanTabel.get(tabel.id)), tabelAlsRijen(tabel, verslag));
  for (const trend of verslag.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.trends)) schrijfTabel(boek.addWorksheet(bladVanTrend.get(trend.id)), trendAlsRijen(trend));

  return Buffer.from(await boek.xlsx.writeBuffer());
}

function schrijfOver(blad: Worksheet, verslag: Jaarverslag, bladVanTabel: Map<string, string>, bladVanTrend: Map<string, string>): void {
  blad.addRow(['Jaarverslag']).font = { bold: true, size: 14 };
  blad.addRow(['Gemeente', verslag.gemeentenaam ? `${verslag.gemeentenaam} (${verslag.gemeente})` : verslag.gemeente]);
  blad.addRow(['Periode', `${verslag.periode.van} t/m ${verslag.periode.tot}`]);
  blad.addRow(['Bekend op', verslag.bekendOp ?? 'de cijfers zoals nu bekend']);
  blad.addRow(['Gemaakt op', verslag.gemaaktOp]);
  blad.addRow([]);
  blad.addRow(['Hoofdstuk', 'Blad']).font = { bold: true };
  for (const hoofdstuk of verslag.hoofdstukken) {
    const bladen = [...hoofdstuk.tabellen.map((tabel) => bladVanTabel.get(tabel.id)), ...hoofdstuk.trends.map((trend) => bladVanTrend.get(trend.id))];
    // A chapter without tables or trends still gets its line.
    (bladen.length ? bladen : [undefined]).forEach((naam, i) => {
      // A link to the sheet (a hyperlink, not a HYPERLINK formula); in a reference a quote in the name is doubled.
      const naar = naam ? { text: naam, hyperlink: `#'${naam.replace(/'/g, "''")}'!A1` } : null;
      const regel = blad.addRow([i === 0 ? hoofdstuk.titel : null, naar]);
      if (naar) regel.getCell(2).font = { color: { argb: 'FF1F4E9B' }, underline: true };
    });
  }
  blad.addRow([]);
  if (verslag.bekendOp) {
    blad.addRow([`Een kolom "… (zoals bekend op ${verslag.bekendOp})" staat naast een kolom waarin een cijfer sindsdien is veranderd: de cijfers zoals ze toen aan de raad zijn gerapporteerd.`]);
  }
  blad.addRow([`"${NVT}": de categorie is niet van toepassing. Een lege cel: geen cijfer.`]);
  blad.getColumn(1).width = Math.min(60, Math.max(12, ...verslag.hoofdstukken.map((hoofdstuk) => hoofdstuk.titel.length + 2)));
  blad.getColumn(2).width = 60;
}

function schrijfTabel(blad: Worksheet, tabel: PlatteTabel): void {
  blad.addRow([tabel.titel]).font = { bold: true, size: 12 };
  blad.addRow([...tabel.koppen]).font = { bold: true };
  for (const rij of tabel.rijen) {
    const regel = blad.addRow(rij.map(celwaarde));
    rij.forEach((cel, k) => {
      const excelcel = regel.getCell(k + 1);
      if (typeof cel.waarde === 'number') excelcel.numFmt = Number.isInteger(cel.waarde) && k > 0 ? '#,##0' : 'General';
      if (typeof cel.waarde === 'number' || cel.waarde === null) excelcel.alignment = { horizontal: 'right' };
      if (cel.voetnoten.length) excelcel.note = cel.voetnoten.map((n) => tabel.voetnoten[n - 1]).join('\n');
    });
  }
  const laatste = 2 + tabel.rijen.length;
  if (tabel.voetnoten.length) blad.addRow([]);
  for (const voetnoot of tabel.voetnoten) blad.addRow([voetnoot]);
  blad.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];
  zetKolombreedtes(blad, 2, laatste);
}

/** A plain value, never a formula object: numbers stay numbers, texts stay texts. */
function celwaarde(cel: PlatteCel): string | number | null {
  if (cel.waarde === undefined) return null;
  if (cel.waarde === null) return NVT;
  return cel.waarde;
}
