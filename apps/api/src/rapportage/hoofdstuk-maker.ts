import type { Hoofdstuk } from '@handhaving/rapportage';

/** What a chapter is made for: one gemeente, one period, as known now or as reported on a day. */
export interface Rapportvraag {
  readonly gemeente: string;
  readonly van: string;
  readonly tot: string;
  /** The year of the report (the period's last year): the tables' year and the trends' last. */
  readonly jaar: number;
  /** As reported on this day (the day the report went to the council); absent: as known now. */
  readonly bekendOp?: string;
  /** The years the trend charts show, ascending, ending with `jaar`. */
  readonly trendjaren: readonly number[];
}

/**
 * A context's chapter of the annual report. Each context that counts something for the council
 * provides one, and lists it in the report's registry (hoofdstukken.ts): the report grows with
 * each context without the report knowing any context's figures.
 */
export interface HoofdstukMaker {
  /** The chapter's id, the context's name (`damocles`): anchors, sheet names, `?hoofdstuk=`. */
  readonly id: string;
  maak(vraag: Rapportvraag): Promise<Hoofdstuk>;
}
