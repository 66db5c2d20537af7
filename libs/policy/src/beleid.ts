import { TERMIJNSOORTEN, type TermijnSoort } from '@handhaving/termijnen';
/*
 * The policy (beleid) of one gemeente at one moment: what its Damoclesbeleid makes of a find,
 * how long a find counts for recidive, the terms it sets in its letters and besluiten, and when
 * its medewerkers are reminded of a term. Versions of it live on the policy stream
 * (`beleid.events.ts`); a case records the version it was judged by.
 */

export const PANDTYPES = ['woning', 'lokaal'] as const;
export type Pandtype = (typeof PANDTYPES)[number];

/** Heaviest first: a find is classified by its heaviest category (docs/damocles.md). */
export const DRUGSCATEGORIEEN = ['harddrugs', 'softdrugs', 'attributen'] as const;
export type Drugscategorie = (typeof DRUGSCATEGORIEEN)[number];

/** The rungs of the ladder: the 1st find, the 2nd within the window, the 3rd and any further. */
export const TREDEN = ['eerste', 'tweede', 'derdeEnVerder'] as const;
export type Trede = (typeof TREDEN)[number];

export type Maatregel =
  | { readonly soort: 'waarschuwing' }
  /** A closure under art. 13b Opiumwet, for a number of months or indefinitely. */
  | { readonly soort: 'sluiting'; readonly duurMaanden: number | 'onbepaald' }
  /** The policy foresees no measure (e.g. a category the policy does not yet cover). */
  | { readonly soort: 'geen-maatregel' };

export type Ladderrij = { readonly [T in Trede]: Maatregel };
export type Ladder = { readonly [P in Pandtype]: { readonly [C in Drugscategorie]: Ladderrij } };

export interface DamoclesBeleid {
  readonly ladder: Ladder;
  /**
   * A find is recidive when an earlier find in the same pand lies within this many months
   * before it (Kerkrade: 24 until 2019, 36 since 2020).
   */
  readonly recidiveTermijnMaanden: number;
  /** Whether an earlier find that led to no measure counts as an earlier find. Warnings always count. */
  readonly vondstenZonderMaatregelTellenMee: boolean;
}

/** The contexts whose voornemen gives a zienswijzetermijn, and those whose last gives a begunstigingstermijn. */
export const ZIENSWIJZE_CONTEXTEN = ['damocles', 'dwangsom', 'kamerverhuur', 'bibob'] as const;
export type ZienswijzeContext = (typeof ZIENSWIJZE_CONTEXTEN)[number];
export const BEGUNSTIGING_CONTEXTEN = ['damocles', 'dwangsom', 'kamerverhuur'] as const;
export type BegunstigingContext = (typeof BEGUNSTIGING_CONTEXTEN)[number];

/**
 * A term the gemeente sets itself. Same shape as `Termijnlengte` of `@handhaving/termijnen`, so
 * it can be handed to the term arithmetic as it is.
 */
export interface Zienswijzeduur {
  readonly aantal: number;
  readonly eenheid: 'dagen' | 'weken';
}
export interface Begunstigingsduur {
  readonly aantal: number;
  readonly eenheid: 'dagen' | 'weken' | 'maanden';
}

/** The terms the policy itself sets, as against the statutory ones. */
export const BELEIDSTERMIJNEN = ['zienswijzetermijn', 'begunstigingstermijn'] as const;
export type Beleidstermijn = (typeof BELEIDSTERMIJNEN)[number];

export interface TermijnenBeleid {
  /** Default zienswijzetermijn per context (art. 4:8 Awb leaves the length to the authority). */
  readonly zienswijzetermijn: { readonly [C in ZienswijzeContext]: Zienswijzeduur };
  /** Default begunstigingstermijn per context (art. 5:32a Awb: set in the last; this is the default offered). */
  readonly begunstigingstermijn: { readonly [C in BegunstigingContext]: Begunstigingsduur };
  /**
   * Whether a term this policy sets is extended the way the Algemene termijnenwet extends a
   * statutory one (past a weekend or holiday). The Atw itself covers only terms set by law
   * (art. 1 lid 1 Atw), so this is a policy choice; statutory terms are always extended and
   * are not listed here.
   */
  readonly atwVerlengt: { readonly [T in Beleidstermijn]: boolean };
}

/** The kinds of term a reminder can be set for: every kind `@handhaving/termijnen` computes. */
export const HERINNERING_TERMIJNSOORTEN = TERMIJNSOORTEN;
export type HerinneringTermijnsoort = TermijnSoort;

/**
 * One reminder, relative to the last day of a term, at a local time (Europe/Amsterdam) on a
 * werkdag: "5 werkdagen vóór het einde om 08:00", "op de laatste dag om 08:00", "1 werkdag na
 * het einde om 08:00". A reminder is void once the step the term waits for is recorded, so the
 * one after the end only fires when nothing came in.
 */
export type Herinnering =
  | { readonly wanneer: 'voor-einde' | 'na-einde'; readonly werkdagen: number; readonly tijd: string }
  | { readonly wanneer: 'op-einddag'; readonly tijd: string };

export interface HerinneringenBeleid {
  /** For every kind of term without its own list. */
  readonly standaard: readonly Herinnering[];
  /** A list here replaces the standard one for that kind; an empty list means no reminders. */
  readonly perTermijnsoort: { readonly [S in HerinneringTermijnsoort]?: readonly Herinnering[] };
}

/** How the gemeente handles a bezwaar against its besluiten. */
export interface BezwaarBeleid {
  /**
   * Whether an adviescommissie (art. 7:13 Awb, a bezwaarschriftencommissie) advises on bezwaren
   * by default: then the beslistermijn op bezwaar is twelve weeks, not six (art. 7:10 lid 1 Awb).
   * A bezwaar may say otherwise when it is registered.
   */
  readonly adviescommissie: boolean;
}

/**
 * The contexts whose earlier finds can count for recidive beside the Damocles finds, which always
 * count (docs/flexteam.md, "Recidive across contexts").
 */
export const RECIDIVE_CONTEXTEN = ['flexteam', 'kamerverhuur', 'dwangsom'] as const;
export type RecidiveContext = (typeof RECIDIVE_CONTEXTEN)[number];

/**
 * The findings of a flexteam control a policy can count: all but `geen-bijzonderheden`. The flexteam
 * context names them (`BEVINDINGEN`); this library may not import it (that context depends on this
 * one), so the list is kept here and checked against it in libs/read-models (eerdere-vondsten.evolve.spec.ts).
 */
export const RECIDIVE_BEVINDINGEN = ['kamerverhuur', 'woningsplitsing', 'brp-onjuist', 'brandonveilig', 'drugs-aangetroffen', 'overlast'] as const;
export type RecidiveBevinding = (typeof RECIDIVE_BEVINDINGEN)[number];

/**
 * Which earlier finds count for the recidive check across contexts (GET /api/recidive), in the
 * window `damocles.recidiveTermijnMaanden`. The Damocles maatregel ladder keeps counting Damocles
 * finds in the pand only, whatever this says.
 */
export interface RecidiveBeleid {
  /** Beside the Damocles finds: the contexts whose earlier finds count too. */
  readonly contexten: readonly RecidiveContext[];
  /** With `flexteam` among the contexten, and only then: the findings for which a visit counts as a find. */
  readonly flexteamBevindingen?: readonly RecidiveBevinding[];
  /** Whether a find also counts where it names the same betrokkene, in another pand (a Damocles case's betrokkenen, an overtreder). */
  readonly ookPerBetrokkene: boolean;
}

export interface Beleid {
  readonly damocles: DamoclesBeleid;
  readonly termijnen: TermijnenBeleid;
  readonly herinneringen: HerinneringenBeleid;
  /** Absent in versions set before it was kept: no adviescommissie (see `adviescommissieBijBezwaar`). */
  readonly bezwaar?: BezwaarBeleid;
  /** Absent in versions set before it was kept: Damocles finds, by pand (see `recidiveBeleidVan`). */
  readonly recidive?: RecidiveBeleid;
}

export interface LadderUitkomst {
  readonly maatregel: Maatregel;
  readonly trede: Trede;
}

/**
 * The measure the ladder gives for a find, where `eerdereVondsten` is the number of earlier
 * finds in the same pand within the recidive window (0 for a first find). The recidive count
 * itself is the damocles context's business; this is only the lookup.
 */
export function maatregelVolgensLadder(
  beleid: Beleid,
  vondst: { readonly pandtype: Pandtype; readonly zwaarsteCategorie: Drugscategorie; readonly eerdereVondsten: number },
): LadderUitkomst {
  const trede: Trede = vondst.eerdereVondsten <= 0 ? 'eerste' : vondst.eerdereVondsten === 1 ? 'tweede' : 'derdeEnVerder';
  return { maatregel: beleid.damocles.ladder[vondst.pandtype][vondst.zwaarsteCategorie][trede], trede };
}

/** Whether an adviescommissie (art. 7:13 Awb) advises on a bezwaar by this policy; a version without the setting: no. */
export function adviescommissieBijBezwaar(beleid: Beleid): boolean {
  return beleid.bezwaar?.adviescommissie ?? false;
}

/** Which earlier finds count for recidive by this policy; a version without the section: Damocles finds by pand only. */
export function recidiveBeleidVan(beleid: Beleid): RecidiveBeleid {
  return beleid.recidive ?? { contexten: [], ookPerBetrokkene: false };
}

/** The reminders the policy sets for a kind of term. */
export function herinneringenVoor(beleid: Beleid, soort: HerinneringTermijnsoort): readonly Herinnering[] {
  return beleid.herinneringen.perTermijnsoort[soort] ?? beleid.herinneringen.standaard;
}

/** "sluiting 6 maanden", "sluiting onbepaald", "waarschuwing", "geen maatregel". */
export function beschrijfMaatregel(maatregel: Maatregel): string {
  switch (maatregel.soort) {
    case 'waarschuwing':
      return 'waarschuwing';
    case 'geen-maatregel':
      return 'geen maatregel';
    case 'sluiting':
      if (maatregel.duurMaanden === 'onbepaald') return 'sluiting voor onbepaalde tijd';
      return `sluiting ${maatregel.duurMaanden} ${maatregel.duurMaanden === 1 ? 'maand' : 'maanden'}`;
    default: {
      const onbekend: never = maatregel;
      return String(onbekend);
    }
  }
}
