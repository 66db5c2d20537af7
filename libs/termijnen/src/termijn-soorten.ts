import { type Termijnlengte, jaren, maanden, weken } from './termijnlengte';

export const TERMIJNSOORTEN = [
  'bezwaartermijn',
  'beroepstermijn',
  'beslistermijn-bezwaar',
  'beslistermijn-aanvraag',
  'zienswijzetermijn',
  'begunstigingstermijn',
  'lbb-advies',
  'verjaring-dwangsom',
  'sluitingsduur',
  'wettelijke-termijn',
] as const;

export type TermijnSoort = (typeof TERMIJNSOORTEN)[number];

/**
 * The last a begunstigingstermijn belongs to. Both set the term in the last itself, under their own
 * article: a last onder bestuursdwang (a Damocles closure, art. 13b Opiumwet) in art. 5:24 lid 2
 * Awb, a last onder dwangsom in art. 5:32a lid 2 Awb.
 */
export const LASTSOORTEN = ['bestuursdwang', 'dwangsom'] as const;

export type LastSoort = (typeof LASTSOORTEN)[number];

export function isLastSoort(waarde: unknown): waarde is LastSoort {
  return typeof waarde === 'string' && (LASTSOORTEN as readonly string[]).includes(waarde);
}

/**
 * Where a term comes from decides whether the Atw applies, because art. 1 lid 1 Atw covers only
 * "een in een wet gestelde termijn":
 * - `wet`: set by a statute; the Atw applies unless art. 4 excludes it (the one-year verjaring);
 * - `besluit`: set by the authority in a besluit or letter (zienswijzetermijn, begunstigingstermijn);
 *   outside the Atw, and the municipality's policy says whether to extend it the same way;
 * - `duur`: not a term to act within but how long something lasts (a closure); never extended.
 */
export type Herkomst = 'wet' | 'besluit' | 'duur';

export interface Aanvang {
  /** Counting starts the day after the event (art. 6:8 lid 1 Awb and alike), or on the day itself. */
  readonly regel: 'dag-na-gebeurtenis' | 'dag-zelf';
  /** The event in the users' words: "bekendmaking", "ontvangst van de aanvraag". */
  readonly gebeurtenis: string;
  readonly grondslag?: string;
}

export interface Verdagingsregel {
  readonly grondslag: string;
  /** Longest extension the rule allows, if it sets one. */
  readonly maximum?: Termijnlengte;
  /** The rule allows it once only. */
  readonly eenmalig: boolean;
}

export interface TermijnSoortDefinitie {
  readonly soort: TermijnSoort;
  readonly naam: string;
  readonly grondslag: string;
  readonly herkomst: Herkomst;
  readonly aanvang: Aanvang;
  /** The length when the caller sets none; absent when the caller must (begunstigingstermijn). */
  readonly standaardLengte?: Termijnlengte;
  /** Whether the caller may set the length (a special law, the besluit, the policy). */
  readonly lengteInstelbaar: boolean;
  /** Extension by notice (e.g. art. 7:10 lid 3 Awb). */
  readonly verdaging?: Verdagingsregel;
  /** Further postponement with the consent of the person concerned (art. 7:10 lid 4 Awb). */
  readonly uitstel?: { readonly grondslag: string };
  /**
   * For a term set in a last: the article per kind of last. `grondslag` is then the text for a
   * caller that does not say which last, and cites both.
   */
  readonly grondslagPerLast?: { readonly [L in LastSoort]: string };
}

const BESLUIT_VAN_HET_BESTUURSORGAAN = 'besluit van het bestuursorgaan dat de termijn stelde';

/** The kinds of term (docs/termijnen.md), with the article each comes from. */
export const TERMIJNSOORT_DEFINITIES: { readonly [S in TermijnSoort]: TermijnSoortDefinitie & { readonly soort: S } } = {
  bezwaartermijn: {
    soort: 'bezwaartermijn',
    naam: 'bezwaartermijn',
    grondslag: 'art. 6:7 Awb',
    herkomst: 'wet',
    aanvang: { regel: 'dag-na-gebeurtenis', gebeurtenis: 'bekendmaking', grondslag: 'art. 6:8 lid 1 Awb' },
    standaardLengte: weken(6),
    lengteInstelbaar: false,
  },
  beroepstermijn: {
    soort: 'beroepstermijn',
    naam: 'beroepstermijn',
    grondslag: 'art. 6:7 Awb',
    herkomst: 'wet',
    aanvang: { regel: 'dag-na-gebeurtenis', gebeurtenis: 'bekendmaking van de beslissing op bezwaar', grondslag: 'art. 6:8 lid 1 Awb' },
    standaardLengte: weken(6),
    lengteInstelbaar: false,
  },
  'beslistermijn-bezwaar': {
    soort: 'beslistermijn-bezwaar',
    naam: 'beslistermijn op bezwaar',
    grondslag: 'art. 7:10 lid 1 Awb',
    herkomst: 'wet',
    // "gerekend vanaf de dag na die waarop de termijn voor het indienen van het bezwaarschrift is verstreken"
    aanvang: { regel: 'dag-na-gebeurtenis', gebeurtenis: 'einde van de bezwaartermijn', grondslag: 'art. 7:10 lid 1 Awb' },
    standaardLengte: weken(6),
    lengteInstelbaar: false,
    verdaging: { grondslag: 'art. 7:10 lid 3 Awb', maximum: weken(6), eenmalig: true },
    uitstel: { grondslag: 'art. 7:10 lid 4 Awb' },
  },
  'beslistermijn-aanvraag': {
    soort: 'beslistermijn-aanvraag',
    naam: 'beslistermijn aanvraag',
    // The special law's term when it sets one; otherwise a reasonable term, at most eight weeks.
    grondslag: 'art. 4:13 lid 2 Awb',
    herkomst: 'wet',
    aanvang: { regel: 'dag-na-gebeurtenis', gebeurtenis: 'ontvangst van de aanvraag', grondslag: 'art. 4:13 lid 2 Awb' },
    standaardLengte: weken(8),
    lengteInstelbaar: true,
    verdaging: { grondslag: 'art. 4:14 lid 3 Awb', eenmalig: false },
  },
  zienswijzetermijn: {
    soort: 'zienswijzetermijn',
    naam: 'zienswijzetermijn',
    // Art. 4:8 Awb gives the right to be heard; the authority sets the term (policy, e.g. two weeks).
    grondslag: 'art. 4:8 Awb, termijn gesteld door het bestuursorgaan',
    herkomst: 'besluit',
    aanvang: { regel: 'dag-na-gebeurtenis', gebeurtenis: 'verzending' },
    standaardLengte: weken(2),
    lengteInstelbaar: true,
    verdaging: { grondslag: BESLUIT_VAN_HET_BESTUURSORGAAN, eenmalig: false },
  },
  begunstigingstermijn: {
    soort: 'begunstigingstermijn',
    naam: 'begunstigingstermijn',
    // Art. 5:24 lid 2 Awb: "In de last onder bestuursdwang wordt een termijn gesteld binnen welke de
    // overtreder de last kan uitvoeren zonder dat bestuursdwang wordt toegepast"; art. 5:32a lid 2
    // Awb the same for a last onder dwangsom ("zonder dat een dwangsom wordt verbeurd").
    grondslag: 'art. 5:24 lid 2 Awb (last onder bestuursdwang) of art. 5:32a lid 2 Awb (last onder dwangsom), termijn gesteld in de last',
    grondslagPerLast: {
      bestuursdwang: 'art. 5:24 lid 2 Awb, termijn gesteld in de last onder bestuursdwang',
      dwangsom: 'art. 5:32a lid 2 Awb, termijn gesteld in de last onder dwangsom',
    },
    herkomst: 'besluit',
    aanvang: { regel: 'dag-na-gebeurtenis', gebeurtenis: 'bekendmaking' },
    lengteInstelbaar: true,
    verdaging: { grondslag: BESLUIT_VAN_HET_BESTUURSORGAAN, eenmalig: false },
  },
  'lbb-advies': {
    soort: 'lbb-advies',
    naam: 'LBB-advies',
    grondslag: 'art. 15 Wet Bibob',
    herkomst: 'wet',
    aanvang: { regel: 'dag-na-gebeurtenis', gebeurtenis: 'verzoek om advies', grondslag: 'art. 15 Wet Bibob' },
    standaardLengte: weken(8),
    lengteInstelbaar: false,
    verdaging: { grondslag: 'art. 15 Wet Bibob', maximum: weken(4), eenmalig: true },
  },
  'verjaring-dwangsom': {
    soort: 'verjaring-dwangsom',
    naam: 'verjaring verbeurde dwangsom',
    // "verjaart door verloop van een jaar na de dag waarop zij is verbeurd"; a year is outside the
    // Atw (art. 4 onder a), so the municipality must act before this day, whatever weekday it is.
    grondslag: 'art. 5:35 lid 1 Awb',
    herkomst: 'wet',
    aanvang: { regel: 'dag-na-gebeurtenis', gebeurtenis: 'verbeuring', grondslag: 'art. 5:35 lid 1 Awb' },
    standaardLengte: jaren(1),
    lengteInstelbaar: false,
  },
  sluitingsduur: {
    soort: 'sluitingsduur',
    naam: 'sluitingsduur',
    grondslag: 'sluitingsbesluit',
    herkomst: 'duur',
    aanvang: { regel: 'dag-zelf', gebeurtenis: 'feitelijke sluiting' },
    standaardLengte: maanden(3),
    lengteInstelbaar: true,
  },
  'wettelijke-termijn': {
    soort: 'wettelijke-termijn',
    naam: 'wettelijke termijn',
    // Any other term a statute sets; the caller names the article and the length.
    grondslag: '',
    herkomst: 'wet',
    aanvang: { regel: 'dag-na-gebeurtenis', gebeurtenis: 'gebeurtenis' },
    lengteInstelbaar: true,
  },
};

export function isTermijnSoort(waarde: unknown): waarde is TermijnSoort {
  return typeof waarde === 'string' && Object.prototype.hasOwnProperty.call(TERMIJNSOORT_DEFINITIES, waarde);
}
