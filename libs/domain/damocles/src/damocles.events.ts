import type { Bron, Pand } from '@handhaving/domain-shared';
import type {
  Begunstigingstermijn,
  Bezwaarontvangst,
  BeroepIngesteld,
  BeslistermijnBezwaarUitgesteld,
  BeslistermijnBezwaarVerdaagd,
  HerstelVerzuimGevraagd,
  OpschortingBeslistermijnBeeindigd,
  VoornemenAchterwegeGelaten,
  VoornemenVerzonden as AwbVoornemenVerzonden,
  ZienswijzeOntvangen,
  UitspraakOpBeroepGedaan,
  VoorlopigeVoorzieningAfgewezen,
  VoorlopigeVoorzieningGevraagd,
  VoorlopigeVoorzieningToegewezen,
  ZienswijzetermijnVerstreken,
} from '@handhaving/domain-awb';
import type { Drugscategorie, Maatregel, Pandtype, Trede } from '@handhaving/policy';

// The Awb steps every context shares, under the names this context has always used.
export type {
  BelangenVanAnderenBijUitstel,
  Begunstigingstermijn,
  BeroepIngesteld,
  Beroepsuitkomst,
  BeslistermijnBezwaarUitgesteld,
  BeslistermijnBezwaarVerdaagd,
  EindeVanOpschorting,
  HerstelVerzuimGevraagd,
  OpschortingBeslistermijnBeeindigd,
  VoornemenAchterwegeGelaten,
  WijzeVanZienswijze,
  Zienswijzetermijn,
  UitspraakOpBeroepGedaan,
  VoorlopigeVoorzieningAfgewezen,
  VoorlopigeVoorzieningGevraagd,
  VoorlopigeVoorzieningToegewezen,
  ZienswijzeOntvangen,
  ZienswijzetermijnVerstreken,
} from '@handhaving/domain-awb';
export { BELANGEN_VAN_ANDEREN_BIJ_UITSTEL, BEROEPSUITKOMSTEN, EINDEN_VAN_OPSCHORTING, WIJZEN_VAN_ZIENSWIJZE } from '@handhaving/domain-awb';

/*
 * One Damocles case (art. 13b Opiumwet): one bestuurlijke rapportage about one pand, from its
 * receipt to the reopening. Every event records the domain date of the step (`datum`,
 * YYYY-MM-DD, Europe/Amsterdam) and who recorded it (`door`). Personal data lives with the
 * betrokkenen context: a case holds only their ids.
 */

export interface Vondst {
  readonly categorie: Drugscategorie;
  readonly omschrijving: string;
  /** As the police wrote it: "120 planten", "2 kg". */
  readonly hoeveelheid?: string;
}

export const ROLLEN = ['eigenaar', 'gebruiker', 'exploitant'] as const;
export type Rol = (typeof ROLLEN)[number];

export interface ZaakBetrokkene {
  readonly betrokkeneId: string;
  readonly rol: Rol;
}

export interface ZaakPand {
  /** `pandSleutel(identiteit)`: what the recidive check groups by. */
  readonly sleutel: string;
  readonly identiteit: Pand;
  readonly pandtype: Pandtype;
}

export interface RapportageOntvangen {
  readonly type: 'RapportageOntvangen';
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pand: ZaakPand;
  /** The day of the find: recidive counts from it. */
  readonly constateringsdatum: string;
  /** The day the rapportage reached the gemeente. */
  readonly ontvangstdatum: string;
  readonly vondsten: readonly Vondst[];
  /** Heaviest of `vondsten` (harddrugs > softdrugs > attributen): the case is classified by it. */
  readonly zwaarsteCategorie: Drugscategorie;
  readonly betrokkenen: readonly ZaakBetrokkene[];
  /** The flexteam control it follows up, when it came from one. */
  readonly bron?: Bron;
  readonly datum: string;
  readonly door: string;
}

export interface EerdereVondst {
  readonly zaakId: string;
  readonly constateringsdatum: string;
}

/** The ladder's answer, reproducible from what the event holds. */
export interface MaatregelVoorgesteld {
  readonly type: 'MaatregelVoorgesteld';
  readonly zaakId: string;
  readonly voorgesteld: Maatregel;
  readonly trede: Trede;
  /** The policy version the case was judged by. */
  readonly beleidsversie: string;
  readonly recidiveTermijnMaanden: number;
  /** The earlier finds in the same pand within the window, as the recidive projection gave them. */
  readonly eerdereVondsten: readonly EerdereVondst[];
  /** For the medewerker: pand type, category, earlier finds, rung and measure. */
  readonly uitleg: string;
  readonly datum: string;
  readonly door: string;
}

/** A departure from the proposal or from the voornemen, with its written reasons (proportionality, bijzondere omstandigheden). */
export interface Afwijking {
  readonly motivering: string;
}

/** Art. 4:8 Awb (the kernel's step, libs/domain/awb): the intention names the measure intended. */
export interface VoornemenVerzonden extends AwbVoornemenVerzonden {
  readonly maatregel: Maatregel;
  readonly afwijking?: Afwijking;
}

/** The warning ends the case; the find still counts for recidive. */
export interface WaarschuwingGegeven {
  readonly type: 'WaarschuwingGegeven';
  readonly zaakId: string;
  readonly afwijking?: Afwijking;
  readonly bekendmakingsdatum: string;
  readonly datum: string;
  readonly door: string;
}

/** A last onder bestuursdwang: closure for a duration, counted from the day the premises are actually closed. */
export interface SluitingsbesluitGenomen {
  readonly type: 'SluitingsbesluitGenomen';
  readonly zaakId: string;
  readonly duurMaanden: number | 'onbepaald';
  /** Absent only for a spoedeisende sluiting that gives none. */
  readonly begunstigingstermijn?: Begunstigingstermijn;
  readonly bekendmakingsdatum: string;
  /** Art. 6:7, 6:8 Awb: six weeks from the day after bekendmaking, extended by the Atw. */
  readonly bezwaartermijnEinde: string;
  readonly spoedeisend: boolean;
  readonly afwijking?: Afwijking;
  readonly datum: string;
  readonly door: string;
}

export interface AfgezienVanMaatregel {
  readonly type: 'AfgezienVanMaatregel';
  readonly zaakId: string;
  readonly motivering: string;
  readonly datum: string;
  readonly door: string;
}

/** Art. 6:7–6:9 Awb (the kernel's bezwaar): against the sluitingsbesluit, one per betrokkene (`van`). */
export interface BezwaarIngediend extends Bezwaarontvangst {
  readonly type: 'BezwaarIngediend';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

export const BEZWAARUITKOMSTEN = ['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const;
export type Bezwaaruitkomst = (typeof BEZWAARUITKOMSTEN)[number];

/** What a gegrond objection does to the closure. */
export type GevolgVanBezwaar =
  | { readonly soort: 'herroepen' }
  | {
      readonly soort: 'gewijzigd';
      readonly duurMaanden: number | 'onbepaald';
      /** The new end of a closure already carried out. */
      readonly eindeSluiting?: string;
    };

export interface BeslissingOpBezwaarGenomen {
  readonly type: 'BeslissingOpBezwaarGenomen';
  readonly zaakId: string;
  readonly uitkomst: Bezwaaruitkomst;
  readonly gevolg?: GevolgVanBezwaar;
  readonly bekendmakingsdatum: string;
  /** Art. 6:7, 6:8 Awb: six weeks from the day after bekendmaking; a voorlopige voorziening lasts at least until then (art. 8:85 lid 2 Awb). */
  readonly beroepstermijnEinde: string;
  readonly datum: string;
  readonly door: string;
}

export interface SluitingUitgevoerd {
  readonly type: 'SluitingUitgevoerd';
  readonly zaakId: string;
  /** The day the premises were actually closed (sealed). */
  readonly sluitingsdatum: string;
  /** Last day of the closure: sluitingsdatum plus the duration in calendar months; absent for an indefinite one. */
  readonly eindeSluiting?: string;
  readonly datum: string;
  readonly door: string;
}

export interface PandHeropend {
  readonly type: 'PandHeropend';
  readonly zaakId: string;
  readonly heropeningsdatum: string;
  readonly datum: string;
  readonly door: string;
}

/** One corrected fact: the field, what was recorded and what is right. */
export type Feitcorrectie =
  | { readonly veld: 'constateringsdatum'; readonly oud: string; readonly nieuw: string }
  | { readonly veld: 'ontvangstdatum'; readonly oud: string; readonly nieuw: string }
  | { readonly veld: 'pandtype'; readonly oud: Pandtype; readonly nieuw: Pandtype }
  | { readonly veld: 'vondsten'; readonly oud: readonly Vondst[]; readonly nieuw: readonly Vondst[] }
  /** Follows from corrected `vondsten`; recorded so figures read the new classification directly. */
  | { readonly veld: 'zwaarsteCategorie'; readonly oud: Drugscategorie; readonly nieuw: Drugscategorie }
  | { readonly veld: 'betrokkenen'; readonly oud: readonly ZaakBetrokkene[]; readonly nieuw: readonly ZaakBetrokkene[] };

/**
 * A recorded fact was wrong (a typo in the constateringsdatum, a category the lab corrected).
 * Stored events are never edited: the correction is its own event, so the case as known on an
 * earlier day still shows what was known then.
 */
export interface FeitenGecorrigeerd {
  readonly type: 'FeitenGecorrigeerd';
  readonly zaakId: string;
  readonly correcties: readonly Feitcorrectie[];
  readonly reden: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * The burgemeester chooses a last onder dwangsom against one of the case's betrokkenen (art. 5:32
 * lid 1 Awb: who may apply bestuursdwang may impose a dwangsom instead), e.g. against the dealer
 * beside or instead of a closure. The dwangsom context opens its own case for it (a process
 * manager on the subscription); this case's course is unchanged.
 */
export interface LastOnderDwangsomGekozen {
  readonly type: 'LastOnderDwangsomGekozen';
  readonly zaakId: string;
  readonly overtrederId: string;
  readonly motivering: string;
  readonly datum: string;
  readonly door: string;
}

export type DamoclesEvent =
  | RapportageOntvangen
  | MaatregelVoorgesteld
  | VoornemenVerzonden
  | VoornemenAchterwegeGelaten
  | ZienswijzeOntvangen
  | ZienswijzetermijnVerstreken
  | WaarschuwingGegeven
  | SluitingsbesluitGenomen
  | AfgezienVanMaatregel
  | BezwaarIngediend
  | VoorlopigeVoorzieningGevraagd
  | VoorlopigeVoorzieningToegewezen
  | VoorlopigeVoorzieningAfgewezen
  | BeslissingOpBezwaarGenomen
  | SluitingUitgevoerd
  | PandHeropend
  | FeitenGecorrigeerd
  | LastOnderDwangsomGekozen
  | HerstelVerzuimGevraagd
  | OpschortingBeslistermijnBeeindigd
  | BeslistermijnBezwaarVerdaagd
  | BeslistermijnBezwaarUitgesteld
  | BeroepIngesteld
  | UitspraakOpBeroepGedaan;
