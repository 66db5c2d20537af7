import type {
  Beslissing,
  Bezwaarontvangst,
  BeroepIngesteld,
  BeslistermijnBezwaarUitgesteld,
  BeslistermijnBezwaarVerdaagd,
  HerstelVerzuimGevraagd,
  OpschortingBeslistermijnBeeindigd,
  UitspraakOpBeroepGedaan,
  VoorlopigeVoorzieningAfgewezen,
  VoorlopigeVoorzieningGevraagd,
  VoorlopigeVoorzieningToegewezen,
  VoornemenVerzonden as AwbVoornemenVerzonden,
  ZienswijzeOntvangen,
  ZienswijzetermijnVerstreken,
} from '@handhaving/domain-awb';

/*
 * One kamerverhuurvergunning (issue 14, item 2), one stream `kamerverhuurvergunning-{zaakId}`:
 * the aanvraag and its beslistermijn (art. 4:13–4:15 Awb), the besluit on it (verleend or
 * geweigerd), and later the intrekking or the verval of the permit, with the rechtsgang against a
 * weigering or an intrekking through the Awb kernel (@handhaving/domain-awb). Every event records
 * the domain date of the step (`datum`, YYYY-MM-DD) and who recorded it (`door`). Betrokkenen are
 * ids of @handhaving/domain-betrokkenen; the pand is named by its register entry and its key.
 */

/** Art. 4:13 Awb: the term to decide on the aanvraag, from the day after receipt. */
export interface BeslistermijnVanDeAanvraag {
  /** The gemeente's policy for this permit, or eight weeks (art. 4:13 lid 2 Awb). */
  readonly lengte: { readonly aantal: number; readonly eenheid: 'weken' };
  /** The article the length rests on: "art. 4:13 lid 2 Awb", or the verordening's. */
  readonly grondslag: string;
  /** Its end as known on receipt, before any suspension or verdaging (`beslistermijnVanAanvraag` gives it as it stands). */
  readonly einde: string;
}

export interface VergunningAangevraagd {
  readonly type: 'VergunningAangevraagd';
  readonly zaakId: string;
  /** CBS code of the gemeente: GM0928. */
  readonly gemeente: string;
  /** The pand's entry in the kamerverhuur register (its `kamerverhuurregister-{registerZaakId}` stream). */
  readonly registerZaakId: string;
  /** The pand's key (`adres:6461AB-12`), as the register gives it. */
  readonly pandSleutel: string;
  /** The betrokkene who applies, and holds the permit once granted. */
  readonly aanvragerId: string;
  readonly aantalKamers: number;
  /** The day the aanvraag was received; the beslistermijn starts the day after. */
  readonly ontvangstdatum: string;
  readonly beslistermijn: BeslistermijnVanDeAanvraag;
  readonly datum: string;
  readonly door: string;
}

/**
 * Art. 4:5 Awb: the aanvrager is asked to complete the aanvraag within a hersteltermijn. Art. 4:15
 * lid 1 sub a Awb: the beslistermijn stands still from the day after the request (`opgeschortVanaf`)
 * until the day the aanvraag is completed, or the hersteltermijn ends unused.
 */
export interface AanvullingGevraagd {
  readonly type: 'AanvullingGevraagd';
  readonly zaakId: string;
  /** 1, 2, …: the aanvraag may be incomplete more than once, one request at a time. */
  readonly aanvulling: number;
  /** The day the request went out. */
  readonly gevraagdOp: string;
  /** What is missing, in the words of the letter. */
  readonly ontbreekt: string;
  /** Last day the aanvrager may complete the aanvraag. */
  readonly hersteltermijnEinde: string;
  /** First day the beslistermijn stands still: the day after `gevraagdOp`. */
  readonly opgeschortVanaf: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * The aanvraag was completed on `ontvangenOp`: the beslistermijn runs again that day (art. 4:15 lid
 * 1 sub a Awb, "tot de dag waarop de aanvraag is aangevuld"). `opschorting` holds the days it stood
 * still, both included: through the day before, or through the hersteltermijn's last day when the
 * aanvulling came after it; absent when not a day stood still.
 */
export interface AanvraagAangevuld {
  readonly type: 'AanvraagAangevuld';
  readonly zaakId: string;
  readonly aanvulling: number;
  readonly ontvangenOp: string;
  /** False for an aanvulling after the hersteltermijn: recorded, and the gemeente may still treat it (art. 4:5 Awb leaves that to it). */
  readonly binnenHersteltermijn: boolean;
  readonly opschorting?: { readonly van: string; readonly totEnMet: string };
  readonly datum: string;
  readonly door: string;
}

/**
 * Art. 4:14 lid 3 Awb: the besluit cannot be given within the term; before it ends the aanvrager is
 * told so, with a reasonable period (`weken`) within which it can be expected, and why.
 */
export interface BeslistermijnAanvraagVerdaagd {
  readonly type: 'BeslistermijnAanvraagVerdaagd';
  readonly zaakId: string;
  /** The day the notice went out. */
  readonly verdagingsdatum: string;
  readonly weken: number;
  readonly motivering: string;
  /** The new end as known then; absent while an aanvulling is awaited (the end is not known). */
  readonly beslistermijnEinde?: string;
  readonly datum: string;
  readonly door: string;
}

/** What a voornemen announces: to refuse the aanvraag (art. 4:7 Awb) or to revoke the permit (art. 4:8 Awb). */
export const STREKKINGEN = ['weigeren', 'intrekken'] as const;
export type Strekking = (typeof STREKKINGEN)[number];

/** The kernel's voornemen (art. 4:8 Awb) with what it announces; its zienswijzetermijn is the kamerverhuur one of the policy. */
export interface VoornemenVerzonden extends AwbVoornemenVerzonden {
  readonly strekking: Strekking;
}

/**
 * The permit granted (art. 3:40 Awb: in force from its bekendmaking at the earliest). A permit for
 * a period ends on `einddatum` (the day it lapses; its expiry is a term with reminders); without
 * one it runs until revoked or given up. `besluitdatum` is the day it was taken (the step's date).
 */
export interface VergunningVerleend {
  readonly type: 'VergunningVerleend';
  readonly zaakId: string;
  readonly besluitdatum: string;
  readonly bekendmakingsdatum: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
  /** The rooms the permit allows: at most those asked for. */
  readonly aantalKamers: number;
  readonly datum: string;
  readonly door: string;
}

/** The aanvraag refused (art. 3:46 Awb: with its motivering); open to bezwaar for six weeks from its bekendmaking. */
export interface VergunningGeweigerd {
  readonly type: 'VergunningGeweigerd';
  readonly zaakId: string;
  readonly besluitdatum: string;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly motivering: string;
  readonly datum: string;
  readonly door: string;
}

/** The permit revoked from `ingangsdatum`, after a voornemen and its zienswijzefase; open to bezwaar for six weeks from its bekendmaking. */
export interface VergunningIngetrokken {
  readonly type: 'VergunningIngetrokken';
  readonly zaakId: string;
  readonly besluitdatum: string;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly ingangsdatum: string;
  readonly reden: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * Why a permit lapsed: its period ended, the holder gave it up, or it was not used (as the
 * verordening says it then lapses). A fact, not a besluit: no bezwaar lies against it.
 */
export const REDENEN_VAN_VERVAL = ['einddatum-verstreken', 'afstand', 'niet-gebruikt'] as const;
export type RedenVanVerval = (typeof REDENEN_VAN_VERVAL)[number];

export interface VergunningVervallen {
  readonly type: 'VergunningVervallen';
  readonly zaakId: string;
  /** From this day the permit no longer holds; for `einddatum-verstreken` its einddatum. */
  readonly vervaldatum: string;
  readonly reden: RedenVanVerval;
  readonly datum: string;
  readonly door: string;
}

/** Art. 6:7–6:9 Awb (the kernel's shape): a bezwaar against the weigering or the intrekking. */
export interface BezwaarIngediend extends Bezwaarontvangst {
  readonly type: 'BezwaarIngediend';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * Art. 7:11 Awb (the kernel's shape). A gegrond bezwaar herroept the weigering or the intrekking:
 * an intrekking herroepen gives the permit back; after a weigering herroepen the aanvraag is
 * decided anew (art. 7:11 lid 2 Awb: VerleenVergunning).
 */
export interface BeslissingOpBezwaarGenomen extends Beslissing {
  readonly type: 'BeslissingOpBezwaarGenomen';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

export type VergunningEvent =
  | VergunningAangevraagd
  | AanvullingGevraagd
  | AanvraagAangevuld
  | BeslistermijnAanvraagVerdaagd
  | VoornemenVerzonden
  | ZienswijzeOntvangen
  | ZienswijzetermijnVerstreken
  | VergunningVerleend
  | VergunningGeweigerd
  | VergunningIngetrokken
  | VergunningVervallen
  | BezwaarIngediend
  | HerstelVerzuimGevraagd
  | OpschortingBeslistermijnBeeindigd
  | BeslistermijnBezwaarVerdaagd
  | BeslistermijnBezwaarUitgesteld
  | BeslissingOpBezwaarGenomen
  | VoorlopigeVoorzieningGevraagd
  | VoorlopigeVoorzieningToegewezen
  | VoorlopigeVoorzieningAfgewezen
  | BeroepIngesteld
  | UitspraakOpBeroepGedaan;

export type VergunningEventType = VergunningEvent['type'];

/** The schema version of every event type; a new type fails to compile until it is listed here. */
export const VERGUNNING_SCHEMAVERSIES: { readonly [T in VergunningEventType]: number } = {
  VergunningAangevraagd: 1,
  AanvullingGevraagd: 1,
  AanvraagAangevuld: 1,
  BeslistermijnAanvraagVerdaagd: 1,
  VoornemenVerzonden: 1,
  ZienswijzeOntvangen: 1,
  ZienswijzetermijnVerstreken: 1,
  VergunningVerleend: 1,
  VergunningGeweigerd: 1,
  VergunningIngetrokken: 1,
  VergunningVervallen: 1,
  BezwaarIngediend: 1,
  HerstelVerzuimGevraagd: 1,
  OpschortingBeslistermijnBeeindigd: 1,
  BeslistermijnBezwaarVerdaagd: 1,
  BeslistermijnBezwaarUitgesteld: 1,
  BeslissingOpBezwaarGenomen: 1,
  VoorlopigeVoorzieningGevraagd: 1,
  VoorlopigeVoorzieningToegewezen: 1,
  VoorlopigeVoorzieningAfgewezen: 1,
  BeroepIngesteld: 1,
  UitspraakOpBeroepGedaan: 1,
};

export const VERGUNNING_EVENT_TYPES = Object.keys(VERGUNNING_SCHEMAVERSIES) as readonly VergunningEventType[];
