/**
 * The annual report as data: what every format (HTML, PDF, XLSX, CSV, JSON) shows, built by the
 * API from each context's figures and rendered by this library. Nothing here reads a store: a
 * report is made once and rendered as often as asked, so every format shows the same numbers.
 */

/** One report for one gemeente and one year (or period). */
export interface Jaarverslag {
  /** CBS code, e.g. GM0928. */
  readonly gemeente: string;
  /** The gemeente's name where known (Kerkrade), for the title. */
  readonly gemeentenaam?: string;
  readonly periode: Periode;
  /**
   * As known on this day (JJJJ-MM-DD): the day the figures went to the council. Absent: the report
   * shows the figures as known now only. Present: every cell shows the figure as known now, and
   * where it was different then, that figure too (`Cel.toen`), with a footnote naming why.
   */
  readonly bekendOp?: string;
  /** The instant the report was made (ISO 8601), printed on it. */
  readonly gemaaktOp: string;
  readonly hoofdstukken: readonly Hoofdstuk[];
}

export interface Periode {
  /** First day, JJJJ-MM-DD. */
  readonly van: string;
  /** Last day, JJJJ-MM-DD (inclusive). */
  readonly tot: string;
  /** Set when the period is one calendar year. */
  readonly jaar?: number;
}

/** What one context contributes: its tables, its trend charts and the text around them. */
export interface Hoofdstuk {
  /** Stable id, the context's name (`damocles`, `dwangsom`, …): anchors, sheet names. */
  readonly id: string;
  /** E.g. "Cijfers toepassing Damoclesbeleid". */
  readonly titel: string;
  /** Paragraphs explaining how the figures were counted (the report's "korte toelichting"). */
  readonly toelichting: readonly string[];
  readonly tabellen: readonly Tabel[];
  readonly trends: readonly Trend[];
}

/** One table as the Uitvoeringsplan shows it: rows × columns of cells. */
export interface Tabel {
  /** Unique in the report, e.g. `damocles-maatregelen`: anchors, XLSX sheet and CSV section. */
  readonly id: string;
  readonly titel: string;
  /** The first column's heading (the rows' kind), e.g. "Maatregel". */
  readonly rijkop: string;
  readonly kolommen: readonly Kolom[];
  readonly rijen: readonly Rij[];
  /** Footnotes the cells point to by id, in the order they are numbered. */
  readonly voetnoten: readonly Voetnoot[];
  /**
   * Where a case behind this table's cells is read, `${zaakroute}/${zaakId}` (e.g.
   * `/api/damocles/zaken`), for the drill-down of readers who may see cases. Absent: none.
   */
  readonly zaakroute?: string;
}

export interface Kolom {
  /** Key of the cells in each row. */
  readonly sleutel: string;
  readonly kop: string;
}

export interface Rij {
  readonly kop: string;
  /** By column key; a missing cell is empty. */
  readonly cellen: Readonly<Record<string, Cel>>;
}

/**
 * A figure. `null` is "n.v.t." (the category does not apply, as Kerkrade's table writes for
 * waarschuwingen for harddrugs). A number is a count unless the table says otherwise.
 */
export interface Cel {
  readonly waarde: number | string | null;
  /**
   * The figure as reported on `Jaarverslag.bekendOp`, present only where it differs from
   * `waarde` (the cell then shows both, e.g. "12 (toen 14)").
   */
  readonly toen?: number | string | null;
  /** The cases behind the figure, for the drill-down link (only for roles that may see them). */
  readonly zaken?: readonly string[];
  /** Ids of the table's footnotes that explain this cell. */
  readonly voetnoten?: readonly string[];
}

export interface Voetnoot {
  readonly id: string;
  /** E.g. "Met 2 verminderd: zaak DAM-… later herroepen (besluit op bezwaar 2021-03-04)". */
  readonly tekst: string;
}

/** A chart over the years, drawn as SVG, with its numbers in a table beside it. */
export interface Trend {
  /** Unique in the report, e.g. `damocles-sluitingen`. */
  readonly id: string;
  readonly titel: string;
  /** What the values count, e.g. "sluitingsbesluiten". */
  readonly eenheid: string;
  /** The years on the horizontal axis, ascending (3–10 of them). */
  readonly jaren: readonly number[];
  /** One line or bar series each; `waarden[i]` belongs to `jaren[i]` (`null`: not known). */
  readonly reeksen: readonly Reeks[];
  /** `lijn` for levels over time (register size), `staaf` for counts per year (default). */
  readonly soort?: 'lijn' | 'staaf';
}

export interface Reeks {
  readonly naam: string;
  readonly waarden: readonly (number | null)[];
}

/** Every table of the report, in order, with the chapter it is in. */
export function alleTabellen(verslag: Jaarverslag): { hoofdstuk: Hoofdstuk; tabel: Tabel }[] {
  return verslag.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.tabellen.map((tabel) => ({ hoofdstuk, tabel })));
}
