import type {
  BeroepIngesteld as AwbBeroepIngesteld,
  BeslistermijnBezwaarUitgesteld as AwbBeslistermijnBezwaarUitgesteld,
  BeslistermijnBezwaarVerdaagd as AwbBeslistermijnBezwaarVerdaagd,
  HerstelVerzuimGevraagd as AwbHerstelVerzuimGevraagd,
  OpschortingBeslistermijnBeeindigd as AwbOpschortingBeslistermijnBeeindigd,
  UitspraakOpBeroepGedaan as AwbUitspraakOpBeroepGedaan,
  VoorlopigeVoorzieningAfgewezen as AwbVoorlopigeVoorzieningAfgewezen,
  VoorlopigeVoorzieningGevraagd as AwbVoorlopigeVoorzieningGevraagd,
  VoorlopigeVoorzieningToegewezen as AwbVoorlopigeVoorzieningToegewezen,
  Begunstigingstermijn,
  Beslissing,
  Bezwaarontvangst,
  VoornemenAchterwegeGelaten,
  VoornemenVerzonden,
  ZienswijzeOntvangen,
  ZienswijzetermijnVerstreken,
} from '@handhaving/domain-awb';

// The Awb steps every context shares (libs/domain/awb), under the names this context has always
// used: a dwangsom voornemen goes to the overtreder (`aan`), his zienswijze says so (`van`).
export type {
  Begunstigingstermijn,
  BelangenVanAnderenBijUitstel,
  Beroepsuitkomst,
  Bezwaaruitkomst,
  EindeVanOpschorting,
  VoornemenAchterwegeGelaten,
  VoornemenVerzonden,
  WijzeVanZienswijze,
  Zienswijzetermijn,
  ZienswijzeOntvangen,
  ZienswijzetermijnVerstreken,
} from '@handhaving/domain-awb';
export { BELANGEN_VAN_ANDEREN_BIJ_UITSTEL, BEROEPSUITKOMSTEN, BEZWAARUITKOMSTEN, EINDEN_VAN_OPSCHORTING, WIJZEN_VAN_ZIENSWIJZE } from '@handhaving/domain-awb';

/*
 * One dwangsom case: a last onder dwangsom (art. 5:31d Awb) against one overtreder, from the
 * finding that opens it to the last payment. Every event records the domain date of the step
 * (`datum`, YYYY-MM-DD, Europe/Amsterdam) and who recorded it (`door`). Money is in whole euro
 * cents (`…Cent`), never a float. The overtreder is a betrokkene id: personal data lives in the
 * betrokkenen context's vault.
 */

/** The legal ground of the last. The APV is the gemeente's own: its article must be named. */
export const GRONDSLAGEN = ['apv', 'gemeentewet-151d', 'opiumwet-13b', 'huisvestingswet', 'omgevingswet'] as const;
export type GrondslagSoort = (typeof GRONDSLAGEN)[number];

export interface Grondslag {
  readonly soort: GrondslagSoort;
  /** The article as the besluit cites it, e.g. "art. 2:74a APV Kerkrade"; required for the APV. */
  readonly artikel?: string;
}

/**
 * What the last is about, for the figures: Kerkrade's table reports "dwangsommen aan drugsdealers"
 * apart; an APV article alone does not say it (the same APV bans other things). `drugshandel` is a
 * last against a dealer (typically the APV's ban on street dealing); `drugspand` one about premises
 * where drugs were found (art. 13b Opiumwet, e.g. started from a Damocles case), against the
 * owner or user of the pand — the council reads those under the drugspanden of the bestuurlijke
 * aanpak, not as dwangsommen aan drugsdealers.
 */
export const THEMAS = ['drugshandel', 'drugspand', 'kamerverhuur', 'woonoverlast', 'overig'] as const;
export type Thema = (typeof THEMAS)[number];

/** The cases a dwangsom case can start from; it links back to the one it came from. */
export const HERKOMST_CONTEXTEN = ['damocles', 'kamerverhuur', 'flexteam'] as const;
export type HerkomstContext = (typeof HERKOMST_CONTEXTEN)[number];

export interface Herkomst {
  readonly context: HerkomstContext;
  readonly zaakId: string;
}

export interface DwangsomzaakGeopend {
  readonly type: 'DwangsomzaakGeopend';
  readonly zaakId: string;
  readonly gemeente: string;
  readonly grondslag: Grondslag;
  /** A betrokkene id (betrokkenen context). */
  readonly overtrederId: string;
  /** What was found, in the toezichthouder's words: "handel in drugs in het aangewezen gebied". */
  readonly overtreding: string;
  readonly constateringsdatum: string;
  readonly thema: Thema;
  readonly herkomst?: Herkomst;
  readonly datum: string;
  readonly door: string;
}

export interface AfgezienVanLast {
  readonly type: 'AfgezienVanLast';
  readonly zaakId: string;
  readonly motivering: string;
  readonly datum: string;
  readonly door: string;
}

export type LooptijdLengte = { readonly aantal: number; readonly eenheid: 'maanden' | 'jaren' };

export interface Looptijd {
  /** Last day the preventieve last is in force: a duration from bekendmaking, never extended. */
  readonly einde: string;
  readonly lengte?: LooptijdLengte;
}

/**
 * What the last orders:
 * - `herstellast`: end a violation; nothing forfeits before the begunstigingstermijn ends;
 * - `preventieve-last`: do not repeat it; in force from bekendmaking, often for a looptijd.
 */
export type LastVorm =
  | { readonly soort: 'herstellast'; readonly begunstigingstermijn: Begunstigingstermijn }
  | { readonly soort: 'preventieve-last'; readonly looptijd?: Looptijd };

export const TIJDSEENHEDEN = ['dag', 'week'] as const;
export type Tijdseenheid = (typeof TIJDSEENHEDEN)[number];

/**
 * The sum the last sets (art. 5:32b lid 1 Awb): per overtreding, or per tijdseenheid the violation
 * lasts (a week begun counts whole: "per week of gedeelte daarvan").
 */
export type Dwangsombedrag =
  | { readonly soort: 'per-overtreding'; readonly bedragCent: number }
  | { readonly soort: 'per-tijdseenheid'; readonly eenheid: Tijdseenheid; readonly bedragCent: number };

export interface LastOpgelegd {
  readonly type: 'LastOpgelegd';
  readonly zaakId: string;
  readonly vorm: LastVorm;
  readonly bedrag: Dwangsombedrag;
  /** Art. 5:32b lid 1 Awb: the forfeited total never exceeds it. */
  readonly maximumCent: number;
  /** The day the last took effect (art. 3:40 Awb). */
  readonly bekendmakingsdatum: string;
  /** Art. 6:7, 6:8 Awb: six weeks from the day after bekendmaking, extended by the Atw. */
  readonly bezwaartermijnEinde: string;
  readonly datum: string;
  readonly door: string;
}

export interface NalevingGeconstateerd {
  readonly type: 'NalevingGeconstateerd';
  readonly zaakId: string;
  readonly controledatum: string;
  readonly datum: string;
  readonly door: string;
}

/** The violation as the controle found it: on a day, or for a period (per tijdseenheid). */
export interface OvertredingGeconstateerd {
  readonly type: 'OvertredingGeconstateerd';
  readonly zaakId: string;
  readonly controledatum: string;
  /** First and last day of the violation; the same day for a single violation. */
  readonly van: string;
  readonly totEnMet: string;
  readonly omschrijving: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * The dwangsom forfeited by law (art. 5:33 Awb). `bedragCent` is what forfeited: the computed sum,
 * capped at what was left of the maximum. A period per tijdseenheid forfeits unit by unit (each
 * day, or each week begun) and each unit verjaart on its own, a year after it forfeited
 * (art. 5:35 Awb; `eenheden.ts` splits a forfeiture into its units). The period is dated by its
 * first day; `verjaringsdatum` is the verjaring of its first unit, the earliest.
 */
export interface DwangsomVerbeurd {
  readonly type: 'DwangsomVerbeurd';
  readonly zaakId: string;
  /** 1, 2, 3… in the order forfeited; invorderingsbeschikkingen and bezwaren refer to it. */
  readonly verbeuring: number;
  readonly verbeurdOp: string;
  /** Last day of the period forfeited; `verbeurdOp` itself for a single violation. */
  readonly totEnMet: string;
  /**
   * Per tijdseenheid: the units this forfeiture adds (days, or weeks begun). Per week, a
   * registration that continues the violation of the one before counts its weeks from that
   * violation's start, so a week already begun is not counted again ("per week of gedeelte daarvan").
   */
  readonly eenheden: number;
  /** Units × bedrag, before the cap. */
  readonly berekendCent: number;
  readonly bedragCent: number;
  readonly afgetopt: boolean;
  /**
   * Last day an invorderingsbeschikking can be made known for the first unit (art. 5:35 Awb; the
   * Atw does not extend it); later units verjaren a day or a week later each.
   */
  readonly verjaringsdatum: string;
  /**
   * Per tijdseenheid (on forfeitures recorded since units verjaren one by one): the unit, the day
   * the first unit of this forfeiture forfeited (later than `verbeurdOp` when the period continues
   * a week already begun), and the sum of one unit. Absent on older events: their units count
   * from `verbeurdOp` (see `eenhedenVan`).
   */
  readonly tijdseenheden?: { readonly eenheid: Tijdseenheid; readonly eersteVerbeurdOp: string; readonly bedragPerEenheidCent: number };
  /** Per week: the first day of the continuing violation the weeks are counted from, when it began before `verbeurdOp`. */
  readonly overtredingSinds?: string;
  readonly datum: string;
  readonly door: string;
}

/** The maximum is reached: nothing more forfeits; a further step (a new last, bestuursdwang) is the medewerker's. */
export interface LastUitgeput {
  readonly type: 'LastUitgeput';
  readonly zaakId: string;
  readonly maximumCent: number;
  readonly op: string;
  readonly datum: string;
  readonly door: string;
}

export interface InvorderingsbeschikkingVerzonden {
  readonly type: 'InvorderingsbeschikkingVerzonden';
  readonly zaakId: string;
  /** 1, 2, 3… ; payments and bezwaren refer to it. */
  readonly invordering: number;
  readonly verbeuring: number;
  /** What it claims: the whole forfeiture, or the part not verjaard on its bekendmaking. */
  readonly bedragCent: number;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  /**
   * The units it claims (on beschikkingen since units verjaren one by one; an older one claimed
   * the whole forfeiture).
   */
  readonly ingevorderd?: DeelVanVerbeuring;
  /** The units of the forfeiture verjaard before its bekendmaking (art. 5:35 Awb): not claimed, lost. */
  readonly verjaard?: DeelVanVerbeuring;
  readonly datum: string;
  readonly door: string;
}

/** Consecutive units of one forfeiture: from the first day of the first through the last day of the last. */
export interface DeelVanVerbeuring {
  readonly van: string;
  readonly totEnMet: string;
  readonly eenheden: number;
  readonly bedragCent: number;
}

export interface BetalingOntvangen {
  readonly type: 'BetalingOntvangen';
  readonly zaakId: string;
  readonly invordering: number;
  readonly bedragCent: number;
  readonly betaaldatum: string;
  /** What is still to be paid on this invorderingsbeschikking after this payment. */
  readonly openstaandCent: number;
  readonly datum: string;
  readonly door: string;
}

/** Which besluit an objection is against. */
export type Bestreden = { readonly besluit: 'last' } | { readonly besluit: 'invorderingsbeschikking'; readonly invordering: number };

/** Art. 6:7–6:9 Awb (the kernel's bezwaar): against the last or one invorderingsbeschikking. */
export interface BezwaarIngediend extends Bezwaarontvangst {
  readonly type: 'BezwaarIngediend';
  readonly zaakId: string;
  readonly tegen: Bestreden;
  readonly datum: string;
  readonly door: string;
}

/**
 * What a gegrond objection against the last does to it (art. 7:11 lid 2 Awb: the besluit is
 * herroepen and, where needed, a new one takes its place):
 * - `herroepen`: nothing forfeited under it is owed;
 * - `gewijzigd`: the last stands in a lighter form — a lower sum, a lower maximum, a later end of
 *   the begunstigingstermijn — each given only when changed. The changed last takes the place of
 *   the original from its bekendmaking, so a change that would alter a forfeiture already recorded
 *   is refused (the medewerker herroept instead and, if needed, imposes a new last).
 */
export type GevolgVanBezwaar =
  | { readonly soort: 'herroepen' }
  | {
      readonly soort: 'gewijzigd';
      readonly bedrag?: Dwangsombedrag;
      readonly maximumCent?: number;
      readonly begunstigingstermijn?: Begunstigingstermijn;
    };

/**
 * A gegrond objection against an invorderingsbeschikking herroept that beschikking; against the
 * last, `gevolg` says whether it is herroepen (the forfeitures lapse, open invorderingen with
 * them) or gewijzigd.
 */
export interface BeslissingOpBezwaarGenomen extends Beslissing {
  readonly type: 'BeslissingOpBezwaarGenomen';
  readonly zaakId: string;
  readonly tegen: Bestreden;
  /** Gegrond against the last only. Absent on events recorded before it existed: then gegrond herroept. */
  readonly gevolg?: GevolgVanBezwaar;
  readonly datum: string;
  readonly door: string;
}

/*
 * The kernel's steps in the beslistermijn op bezwaar (art. 6:6, 7:10 Awb) and the rechtsgang after
 * the beslissing (art. 8:1, 8:70, 8:81 Awb), each in the kernel's shape with the besluit the
 * bezwaar is against (`tegen`): a case has one bezwaar per besluit.
 */
export interface HerstelVerzuimGevraagd extends AwbHerstelVerzuimGevraagd {
  readonly tegen: Bestreden;
}
export interface OpschortingBeslistermijnBeeindigd extends AwbOpschortingBeslistermijnBeeindigd {
  readonly tegen: Bestreden;
}
export interface BeslistermijnBezwaarVerdaagd extends AwbBeslistermijnBezwaarVerdaagd {
  readonly tegen: Bestreden;
}
export interface BeslistermijnBezwaarUitgesteld extends AwbBeslistermijnBezwaarUitgesteld {
  readonly tegen: Bestreden;
}
/** Asked pending the bezwaar or beroep against `tegen`: no invorderingsbeschikking goes out under a last so contested (docs/dwangsom.md, "Carrying out a contested last"). */
export interface VoorlopigeVoorzieningGevraagd extends AwbVoorlopigeVoorzieningGevraagd {
  readonly tegen: Bestreden;
}
export interface VoorlopigeVoorzieningToegewezen extends AwbVoorlopigeVoorzieningToegewezen {
  readonly tegen: Bestreden;
}
export interface VoorlopigeVoorzieningAfgewezen extends AwbVoorlopigeVoorzieningAfgewezen {
  readonly tegen: Bestreden;
}
export interface BeroepIngesteld extends AwbBeroepIngesteld {
  readonly tegen: Bestreden;
}
/** Gegrond and vernietigd: the besluit ends as on a herroeping on bezwaar (art. 8:72 lid 3 sub b Awb). */
export interface UitspraakOpBeroepGedaan extends AwbUitspraakOpBeroepGedaan {
  readonly tegen: Bestreden;
}

/**
 * Art. 5:34 Awb: the last is lifted (on request or ex officio, e.g. after a year without
 * forfeiture) or revoked. Nothing forfeits after; what forfeited before stays owed.
 */
export interface LastOpgeheven {
  readonly type: 'LastOpgeheven';
  readonly zaakId: string;
  readonly ingangsdatum: string;
  readonly reden: string;
  readonly datum: string;
  readonly door: string;
}

export interface LastIngetrokken {
  readonly type: 'LastIngetrokken';
  readonly zaakId: string;
  readonly ingangsdatum: string;
  readonly reden: string;
  readonly datum: string;
  readonly door: string;
}

export type DwangsomEvent =
  | DwangsomzaakGeopend
  | VoornemenVerzonden
  | ZienswijzeOntvangen
  | ZienswijzetermijnVerstreken
  | VoornemenAchterwegeGelaten
  | AfgezienVanLast
  | LastOpgelegd
  | NalevingGeconstateerd
  | OvertredingGeconstateerd
  | DwangsomVerbeurd
  | LastUitgeput
  | InvorderingsbeschikkingVerzonden
  | BetalingOntvangen
  | BezwaarIngediend
  | BeslissingOpBezwaarGenomen
  | HerstelVerzuimGevraagd
  | OpschortingBeslistermijnBeeindigd
  | BeslistermijnBezwaarVerdaagd
  | BeslistermijnBezwaarUitgesteld
  | VoorlopigeVoorzieningGevraagd
  | VoorlopigeVoorzieningToegewezen
  | VoorlopigeVoorzieningAfgewezen
  | BeroepIngesteld
  | UitspraakOpBeroepGedaan
  | LastOpgeheven
  | LastIngetrokken;

export type DwangsomEventType = DwangsomEvent['type'];

/**
 * The schema version each event type is written with. A change to an event's shape bumps its
 * version here and adds an upcaster for the old one (stored events are never rewritten).
 */
export const DWANGSOM_SCHEMAVERSIES: { readonly [T in DwangsomEventType]: number } = {
  DwangsomzaakGeopend: 1,
  VoornemenVerzonden: 1,
  ZienswijzeOntvangen: 1,
  ZienswijzetermijnVerstreken: 1,
  VoornemenAchterwegeGelaten: 1,
  AfgezienVanLast: 1,
  LastOpgelegd: 1,
  NalevingGeconstateerd: 1,
  OvertredingGeconstateerd: 1,
  DwangsomVerbeurd: 1,
  LastUitgeput: 1,
  InvorderingsbeschikkingVerzonden: 1,
  BetalingOntvangen: 1,
  BezwaarIngediend: 1,
  BeslissingOpBezwaarGenomen: 1,
  HerstelVerzuimGevraagd: 1,
  OpschortingBeslistermijnBeeindigd: 1,
  BeslistermijnBezwaarVerdaagd: 1,
  BeslistermijnBezwaarUitgesteld: 1,
  VoorlopigeVoorzieningGevraagd: 1,
  VoorlopigeVoorzieningToegewezen: 1,
  VoorlopigeVoorzieningAfgewezen: 1,
  BeroepIngesteld: 1,
  UitspraakOpBeroepGedaan: 1,
  LastOpgeheven: 1,
  LastIngetrokken: 1,
};

export const DWANGSOM_EVENT_TYPES = Object.keys(DWANGSOM_SCHEMAVERSIES) as readonly DwangsomEventType[];
