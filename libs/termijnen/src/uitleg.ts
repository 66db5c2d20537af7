import type { AtwVerlenging } from './atw';
import type { Feestdag } from './feestdagen';
import type { Kalenderdatum, Weekdagnaam } from './kalenderdatum';
import type { OpschortingInUitleg } from './opschorting';
import type { TermijnSoort } from './termijn-soorten';
import type { Termijnlengte } from './termijnlengte';
import type { VerdagingInUitleg } from './verdaging';

/** Whether the Algemene termijnenwet moved the end, and why it did or did not apply. */
export interface AtwToepassing {
  readonly toegepast: boolean;
  /** The rule that decided it, cited: "in een wet gestelde termijn (art. 1 lid 1 Atw)", "termijn omschreven in een of meer jaren (art. 4 onder a Atw)". */
  readonly reden: string;
  /** True when the Atw itself does not cover the term and the municipality's policy decided. */
  readonly beleid: boolean;
  readonly verlengingen: readonly AtwVerlenging[];
}

/**
 * Everything that went into an end date, as data: an API returns it as JSON, `renderUitleg`
 * writes it as Dutch text. Dates are `YYYY-MM-DD`.
 */
export interface Uitleg {
  readonly soort: TermijnSoort;
  readonly naam: string;
  readonly einde: Kalenderdatum;
  /** `terug`: a term counted back from a moment (art. 1 lid 2 Atw); `einde` is then the latest day. */
  readonly richting: 'vooruit' | 'terug';
  readonly gebeurtenis: { readonly omschrijving: string; readonly datum: Kalenderdatum };
  /** The first day of the term (for `terug`: the moment counted back from). */
  readonly start: Kalenderdatum;
  readonly aanvang: 'dag-na-gebeurtenis' | 'dag-zelf' | 'terugrekening';
  readonly aanvangGrondslag?: string;
  /** Absent when the besluit set a fixed end date instead of a length. */
  readonly lengte?: Termijnlengte;
  readonly vasteEinddatum?: Kalenderdatum;
  /** The article the term itself comes from. */
  readonly grondslag: string;
  /** The end as counted from the length alone, before verdaging, opschorting and Atw. */
  readonly onverlengdEinde: Kalenderdatum;
  readonly verdagingen: readonly VerdagingInUitleg[];
  readonly opschortingen: readonly OpschortingInUitleg[];
  readonly atw: AtwToepassing;
  /** The weekday of the end, and the holiday on it if any (useful where the Atw did not apply). */
  readonly eindigtOp: { readonly weekdag: Weekdagnaam; readonly feestdag?: Feestdag };
  /** Reasons the end may still change: a provisional holiday, a suspension still running. Empty when final. */
  readonly voorlopig: readonly string[];
}
