import type { Cel, Jaarverslag, Tabel, Trend } from '../model/jaarverslag';

/** A cell as a spreadsheet holds it: a figure, a text, `null` ("n.v.t.") or nothing (empty). */
export interface PlatteCel {
  readonly waarde: number | string | null | undefined;
  /** Numbers of the table's footnotes that explain this cell (1-based, as printed below it). */
  readonly voetnoten: readonly number[];
}

/** A table flattened for CSV and XLSX: one header row, rows of cells, numbered footnotes. */
export interface PlatteTabel {
  readonly titel: string;
  readonly koppen: readonly string[];
  /** Each row starts with the row's heading (a text cell), then one cell per header. */
  readonly rijen: readonly (readonly PlatteCel[])[];
  /** "1. text (bij: row – column)", in their numbered order. */
  readonly voetnoten: readonly string[];
}

/**
 * The columns of a table for a spreadsheet. Where a report is "as known on" a day and a column
 * has a cell whose figure was different then, the column is followed by one holding the figures as
 * reported then — every row filled (the then-figure where it differed, else the same figure), so
 * the column adds up as the report to the council did. An analyst compares two columns instead of
 * parsing "12 (toen 14)" or opening cell comments.
 */
export function tabelAlsRijen(tabel: Tabel, verslag: Pick<Jaarverslag, 'bekendOp'>): PlatteTabel {
  const nummers = new Map(tabel.voetnoten.map((voetnoot, i) => [voetnoot.id, i + 1]));
  const metToen = new Set(tabel.kolommen.filter((kolom) => tabel.rijen.some((rij) => rij.cellen[kolom.sleutel]?.toen !== undefined)).map((kolom) => kolom.sleutel));
  const toenKop = verslag.bekendOp ? `zoals bekend op ${verslag.bekendOp}` : 'toen';
  const koppen = [tabel.rijkop, ...tabel.kolommen.flatMap((kolom) => (metToen.has(kolom.sleutel) ? [kolom.kop, `${kolom.kop} (${toenKop})`] : [kolom.kop]))];
  const voetnotenVan = (cel: Cel | undefined): number[] => (cel?.voetnoten ?? []).map((id) => nummers.get(id)).filter((n): n is number => n !== undefined);
  const rijen = tabel.rijen.map((rij) => [
    { waarde: rij.kop, voetnoten: [] },
    ...tabel.kolommen.flatMap((kolom) => {
      const cel = rij.cellen[kolom.sleutel];
      const nu: PlatteCel = { waarde: cel?.waarde, voetnoten: voetnotenVan(cel) };
      if (!metToen.has(kolom.sleutel)) return [nu];
      const toen: PlatteCel = { waarde: cel && cel.toen !== undefined ? cel.toen : cel?.waarde, voetnoten: cel?.toen !== undefined ? nu.voetnoten : [] };
      return [nu, toen];
    }),
  ]);
  const voetnoten = tabel.voetnoten.map((voetnoot, i) => {
    const bij = tabel.rijen.flatMap((rij) => tabel.kolommen.filter((kolom) => rij.cellen[kolom.sleutel]?.voetnoten?.includes(voetnoot.id)).map((kolom) => `${rij.kop} – ${kolom.kop}`));
    return `${i + 1}. ${voetnoot.tekst}${bij.length ? ` (bij: ${bij.join('; ')})` : ''}`;
  });
  return { titel: tabel.titel, koppen, rijen, voetnoten };
}

/** A trend for a spreadsheet: years as rows, one column per series, so an analyst can chart it. */
export function trendAlsRijen(trend: Trend): PlatteTabel {
  return {
    titel: trend.titel,
    koppen: ['Jaar', ...trend.reeksen.map((reeks) => reeks.naam)],
    // An unknown value stays empty: "n.v.t." would break a chart's line.
    rijen: trend.jaren.map((jaar, i) => [{ waarde: jaar, voetnoten: [] }, ...trend.reeksen.map((reeks) => ({ waarde: reeks.waarden[i] ?? undefined, voetnoten: [] }))]),
    voetnoten: [`Eenheid: ${trend.eenheid}.`],
  };
}
