import type { Feestdag } from './feestdagen';
import type { Kalender } from './kalender';
import { formatDagnummer, type Kalenderdatum, weekdagnaamVan, type Weekdagnaam } from './kalenderdatum';
import type { Eenheid, Termijnlengte } from './termijnlengte';

/*
 * Algemene termijnenwet (Atw, BWBR0002448), the texts this file applies:
 *
 * Art. 1 lid 1: "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende
 *   feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag
 *   of algemeen erkende feestdag is."
 * Art. 1 lid 2: "Het vorige lid geldt niet voor termijnen, bepaald door terugrekening vanaf een
 *   tijdstip of een gebeurtenis."
 * Art. 2: "Een in een wet gestelde termijn van ten minste drie dagen wordt, zo nodig, zoveel
 *   verlengd, dat daarin ten minste twee dagen voorkomen die niet een zaterdag, zondag of
 *   algemeen erkende feestdag zijn." (The text has no exception for terms in weeks or months;
 *   for those it can never change the outcome of art. 1, so applying it as written is harmless.)
 * Art. 4: "Deze wet geldt niet voor termijnen: a. omschreven in uren, in meer dan 90 dagen, in
 *   meer dan twaalf weken, in meer dan drie maanden, of in een of meer jaren; b. betreffende de
 *   bekendmaking, inwerkingtreding of buitenwerkingtreding van wettelijke voorschriften; c. van
 *   vrijheidsbeneming." Art. 4 has no leden; the exclusions are its onderdelen a, b and c.
 */

export const ATW_ARTIKEL_1_LID_1 = 'art. 1 lid 1 Atw';
export const ATW_ARTIKEL_1_LID_2 = 'art. 1 lid 2 Atw';
export const ATW_ARTIKEL_2 = 'art. 2 Atw';

export type AtwEenheid = Eenheid | 'uren';

/** One exclusion of art. 4 Atw, as data: by length (onder a) or by subject (onder b and c). */
export interface AtwUitsluiting {
  readonly grondslag: 'art. 4 onder a Atw' | 'art. 4 onder b Atw' | 'art. 4 onder c Atw';
  readonly omschrijving: string;
  /** Onder a: terms in this unit of more than `meerDan` (0: any number) are excluded. */
  readonly eenheid?: AtwEenheid;
  readonly meerDan?: number;
  /** Onder b and c: the subject that excludes a term; no kind of term in this library has one. */
  readonly onderwerp?: string;
}

export const ATW_UITSLUITINGEN: readonly AtwUitsluiting[] = [
  { grondslag: 'art. 4 onder a Atw', omschrijving: 'termijn omschreven in uren', eenheid: 'uren', meerDan: 0 },
  { grondslag: 'art. 4 onder a Atw', omschrijving: 'termijn van meer dan 90 dagen', eenheid: 'dagen', meerDan: 90 },
  { grondslag: 'art. 4 onder a Atw', omschrijving: 'termijn van meer dan twaalf weken', eenheid: 'weken', meerDan: 12 },
  { grondslag: 'art. 4 onder a Atw', omschrijving: 'termijn van meer dan drie maanden', eenheid: 'maanden', meerDan: 3 },
  { grondslag: 'art. 4 onder a Atw', omschrijving: 'termijn omschreven in een of meer jaren', eenheid: 'jaren', meerDan: 0 },
  {
    grondslag: 'art. 4 onder b Atw',
    omschrijving: 'termijn betreffende de bekendmaking, inwerkingtreding of buitenwerkingtreding van wettelijke voorschriften',
    onderwerp: 'bekendmaking of inwerkingtreding van wettelijke voorschriften',
  },
  { grondslag: 'art. 4 onder c Atw', omschrijving: 'termijn van vrijheidsbeneming', onderwerp: 'vrijheidsbeneming' },
];

/** The art. 4 onder a exclusion that takes a term of this length out of the Atw, if any. */
export function atwUitsluitingVoor(lengte: Termijnlengte): AtwUitsluiting | undefined {
  for (const uitsluiting of ATW_UITSLUITINGEN) {
    if (uitsluiting.eenheid === lengte.eenheid && lengte.aantal > (uitsluiting.meerDan ?? 0)) return uitsluiting;
  }
  return undefined;
}

/** A day passed over by an extension, with what makes it no working day. */
export interface NietWerkdag {
  readonly datum: Kalenderdatum;
  readonly weekdag: Weekdagnaam;
  readonly feestdag?: Feestdag;
}

export type AtwVerlenging =
  | {
      readonly grondslag: typeof ATW_ARTIKEL_1_LID_1;
      readonly totEnMet: Kalenderdatum;
      /** The end as counted and every following day that is no working day. */
      readonly overgeslagen: readonly NietWerkdag[];
    }
  | {
      readonly grondslag: typeof ATW_ARTIKEL_2;
      readonly totEnMet: Kalenderdatum;
      /** Days in the term, before this extension, that were no Saturday, Sunday or holiday. */
      readonly werkdagenInTermijn: number;
      readonly overgeslagen: readonly NietWerkdag[];
    };

export function nietWerkdag(dagnummer: number, kalender: Kalender): NietWerkdag {
  const feestdag = kalender.feestdagOp(dagnummer);
  const weekdag = weekdagnaamVan(dagnummer);
  return feestdag ? { datum: formatDagnummer(dagnummer), weekdag, feestdag } : { datum: formatDagnummer(dagnummer), weekdag };
}

/**
 * Applies art. 1 lid 1 and art. 2 to a term running from `eersteDag` through `einde` and returns
 * the new end; each extension is pushed onto `verlengingen` with the days it passed over.
 */
export function verlengVolgensAtw(
  eersteDag: number,
  einde: number,
  kalender: Kalender,
  tweedagenregel: boolean,
  verlengingen: AtwVerlenging[],
): number {
  let nieuwEinde = einde;
  if (!kalender.isWerkdagOp(nieuwEinde)) {
    const overgeslagen: NietWerkdag[] = [];
    while (!kalender.isWerkdagOp(nieuwEinde)) overgeslagen.push(nietWerkdag(nieuwEinde++, kalender));
    verlengingen.push({ grondslag: ATW_ARTIKEL_1_LID_1, totEnMet: formatDagnummer(nieuwEinde), overgeslagen });
  }
  if (tweedagenregel) {
    // The end is now a working day, so the term holds at least one; look for a second before it.
    let werkdagen = 0;
    for (let dag = eersteDag; dag <= nieuwEinde && werkdagen < 2; dag++) if (kalender.isWerkdagOp(dag)) werkdagen++;
    if (werkdagen < 2) {
      const overgeslagen: NietWerkdag[] = [];
      nieuwEinde++;
      while (!kalender.isWerkdagOp(nieuwEinde)) overgeslagen.push(nietWerkdag(nieuwEinde++, kalender));
      verlengingen.push({ grondslag: ATW_ARTIKEL_2, totEnMet: formatDagnummer(nieuwEinde), werkdagenInTermijn: werkdagen, overgeslagen });
    }
  }
  return nieuwEinde;
}
