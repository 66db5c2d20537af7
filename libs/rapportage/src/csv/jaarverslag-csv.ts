import { alleTabellen, type Jaarverslag } from '../model/jaarverslag';
import { csvRij } from './csv-cel';
import { tabelAlsRijen, trendAlsRijen, type PlatteTabel } from './tabel-als-rijen';

/** Excel reads a CSV as UTF-8 only when it starts with this mark. */
const BOM = '\uFEFF';

/**
 * The whole report as one CSV: a few lines about the report, then a section per table (its title,
 * its header row, its rows, its footnotes) and per trend, separated by an empty line. The same
 * rows and columns as the XLSX (including a "zoals bekend op" column beside a column that changed).
 */
export function jaarverslagAlsCsv(verslag: Jaarverslag): string {
  const secties = [
    [
      ['Jaarverslag', verslag.gemeentenaam ? `${verslag.gemeentenaam} (${verslag.gemeente})` : verslag.gemeente],
      ['Periode', `${verslag.periode.van} t/m ${verslag.periode.tot}`],
      ...(verslag.bekendOp ? [['Bekend op', verslag.bekendOp]] : []),
      ['Gemaakt op', verslag.gemaaktOp],
    ].map(csvRij),
    ...alleTabellen(verslag).map(({ tabel }) => sectie(tabelAlsRijen(tabel, verslag))),
    ...verslag.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.trends).map((trend) => sectie(trendAlsRijen(trend), 'Trend: ')),
  ];
  return BOM + secties.map((regels) => regels.join('\r\n')).join('\r\n\r\n') + '\r\n';
}

function sectie(tabel: PlatteTabel, voorvoegsel = ''): string[] {
  return [
    csvRij([`${voorvoegsel}${tabel.titel}`]),
    csvRij(tabel.koppen),
    ...tabel.rijen.map((rij) => csvRij(rij.map((cel) => cel.waarde))),
    ...tabel.voetnoten.map((voetnoot) => csvRij([voetnoot])),
  ];
}
