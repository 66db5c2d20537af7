import type {
  BeroepIngesteld,
  BeslistermijnBezwaarUitgesteld,
  BeslistermijnBezwaarVerdaagd,
  Begunstigingstermijn,
  Beslissing,
  Bezwaarontvangst,
  HerstelVerzuimGevraagd,
  OpschortingBeslistermijnBeeindigd,
  UitspraakOpBeroepGedaan,
  VoorlopigeVoorzieningAfgewezen,
  VoorlopigeVoorzieningGevraagd,
  VoorlopigeVoorzieningToegewezen,
  VoornemenVerzonden,
  ZienswijzeOntvangen,
  ZienswijzetermijnVerstreken,
} from '@handhaving/domain-awb';
import type { Bron } from '@handhaving/domain-shared';

/*
 * One handhavingstraject of kamerverhuur (issue 14, item 3): a violation found in one pand of the
 * register, of one soort, against one overtreder, from the constatering to its end. Two routes:
 * a last onder dwangsom, which a process manager opens as its own dwangsom case (this traject only
 * records the choice and the case's id), or a last onder bestuursdwang, taken here through the Awb
 * kernel (voornemen, zienswijze, besluit, bezwaar, beroep). Every event records the domain date of
 * the step (`datum`, YYYY-MM-DD) and who recorded it (`door`). The overtreder is a betrokkene id:
 * personal data lives in the betrokkenen context.
 */

/** Kamerverhuur without a kamerverhuurvergunning, or an illegal woningsplitsing (docs: kamerverhuur.md). */
export const TRAJECTSOORTEN = ['kamerverhuur', 'woningsplitsing'] as const;
export type Trajectsoort = (typeof TRAJECTSOORTEN)[number];

/** The first event of a traject: what the toezichthouder saw, where, and who is held to account. */
export interface OvertredingGeconstateerd {
  readonly type: 'OvertredingGeconstateerd';
  readonly zaakId: string;
  readonly gemeente: string;
  /** The pand's entry in the kamerverhuur register (its stream `kamerverhuurregister-{registerZaakId}`). */
  readonly registerZaakId: string;
  /** The pand's key (`adres:6461AB-12`), as in the register. */
  readonly pandSleutel: string;
  readonly soort: Trajectsoort;
  /** A betrokkene id: the one the aanschrijving and the last go to. */
  readonly overtrederId: string;
  readonly constateringsdatum: string;
  /** Who saw it (a toezichthouder's id or name as the report gives it). */
  readonly toezichthouder: string;
  /** What was found, in the report's words: "zes kamers los verhuurd, zes namen op de bellen". */
  readonly bevindingen: string;
  readonly bron?: Bron;
  readonly datum: string;
  readonly door: string;
}

/**
 * The informal aanschrijving before a voornemen: the overtreder is told what was found and asked
 * to end it, perhaps by a day (`hersteltermijnEinde`), before the gemeente takes a besluit.
 */
export interface VooraankondigingVerzonden {
  readonly type: 'VooraankondigingVerzonden';
  readonly zaakId: string;
  readonly verzenddatum: string;
  /** The day the letter asks the violation to be ended by: a hercontrole follows it. */
  readonly hersteltermijnEinde?: string;
  readonly datum: string;
  readonly door: string;
}

export const HERCONTROLE_UITKOMSTEN = ['nageleefd', 'overtreding'] as const;
export type UitkomstVanHercontrole = (typeof HERCONTROLE_UITKOMSTEN)[number];

/** What a hercontrole checks: the hersteltermijn of the vooraankondiging, or a last's begunstigingstermijn. */
export const HERCONTROLE_NA = ['vooraankondiging', 'last-onder-bestuursdwang', 'last-onder-dwangsom'] as const;
export type HercontroleNa = (typeof HERCONTROLE_NA)[number];

export interface HercontroleUitgevoerd {
  readonly type: 'HercontroleUitgevoerd';
  readonly zaakId: string;
  readonly controledatum: string;
  readonly uitkomst: UitkomstVanHercontrole;
  readonly toezichthouder: string;
  /** Which term it followed (set by the decider from the traject's course). */
  readonly na: HercontroleNa;
  readonly bevindingen?: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * The dwangsom route (art. 5:32 Awb): a process manager opens the dwangsom case `dwangsomZaakId`,
 * which has its own voornemen, last, controles, verbeuring and invordering; that case names this
 * traject as its herkomst, this event names that case: linked both ways.
 */
export interface LastOnderDwangsomGekozen {
  readonly type: 'LastOnderDwangsomGekozen';
  readonly zaakId: string;
  readonly dwangsomZaakId: string;
  readonly overtrederId: string;
  readonly gemeente: string;
  readonly soort: Trajectsoort;
  readonly pandSleutel: string;
  readonly motivering: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * Art. 5:21, 5:24 Awb: the last onder bestuursdwang, after the zienswijzefase (art. 4:8 Awb). It
 * says what must be done (`omschrijving`) and by when (`begunstigingstermijn`, art. 5:24 lid 2 Awb);
 * after that the gemeente may do it at the overtreder's cost.
 */
export interface LastOnderBestuursdwangOpgelegd {
  readonly type: 'LastOnderBestuursdwangOpgelegd';
  readonly zaakId: string;
  /** The day the besluit was taken. */
  readonly besluitdatum: string;
  /** The day it was made known (art. 3:40 Awb): the begunstigingstermijn and the bezwaartermijn run from it. */
  readonly bekendmakingsdatum: string;
  readonly begunstigingstermijn: Begunstigingstermijn;
  /** What the overtreder must do: "beëindig de verhuur van de kamers aan meer dan twee huishoudens". */
  readonly omschrijving: string;
  /** Art. 6:7, 6:8 Awb: six weeks from the day after bekendmaking. */
  readonly bezwaartermijnEinde: string;
  readonly datum: string;
  readonly door: string;
}

/** The gemeente carried out the last itself (art. 5:21 Awb), after the begunstigingstermijn and a hercontrole that found the violation. */
export interface BestuursdwangToegepast {
  readonly type: 'BestuursdwangToegepast';
  readonly zaakId: string;
  readonly uitvoeringsdatum: string;
  /** What it cost, to recover from the overtreder (art. 5:25 Awb), in whole euro cents. */
  readonly kosten?: { readonly bedragCent: number };
  readonly datum: string;
  readonly door: string;
}

/**
 * How a traject ended:
 * - `nageleefd`: a hercontrole found the violation ended;
 * - `gelegaliseerd`: a permit was granted (the medewerker says which, in `toelichting`);
 * - `bestuursdwang-toegepast`: the gemeente ended it itself;
 * - `dwangsom-ingevorderd`: the dwangsom route ran its course in the dwangsom case;
 * - `geen-overtreding`: on a closer look there was none (why, in `toelichting`).
 */
export const RESULTATEN_VAN_TRAJECT = ['nageleefd', 'gelegaliseerd', 'bestuursdwang-toegepast', 'dwangsom-ingevorderd', 'geen-overtreding'] as const;
export type ResultaatVanTraject = (typeof RESULTATEN_VAN_TRAJECT)[number];

export interface TrajectAfgesloten {
  readonly type: 'TrajectAfgesloten';
  readonly zaakId: string;
  readonly afsluitdatum: string;
  readonly resultaat: ResultaatVanTraject;
  readonly toelichting?: string;
  readonly datum: string;
  readonly door: string;
}

/*
 * The juridische procedure against the last onder bestuursdwang, in the kernel's shapes: a
 * traject has one besluit open to bezwaar, so no step names which (`tegen`), as in Bibob.
 */
export interface BezwaarIngediend extends Bezwaarontvangst {
  readonly type: 'BezwaarIngediend';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

/** Art. 7:11 Awb: gegrond herroept the last (art. 7:11 lid 2 Awb): it can no longer be carried out. */
export interface BeslissingOpBezwaarGenomen extends Beslissing {
  readonly type: 'BeslissingOpBezwaarGenomen';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

export type {
  BeroepIngesteld,
  BeslistermijnBezwaarUitgesteld,
  BeslistermijnBezwaarVerdaagd,
  HerstelVerzuimGevraagd,
  OpschortingBeslistermijnBeeindigd,
  UitspraakOpBeroepGedaan,
  VoorlopigeVoorzieningAfgewezen,
  VoorlopigeVoorzieningGevraagd,
  VoorlopigeVoorzieningToegewezen,
  VoornemenVerzonden,
  ZienswijzeOntvangen,
  ZienswijzetermijnVerstreken,
};

export type TrajectEvent =
  | OvertredingGeconstateerd
  | VooraankondigingVerzonden
  | HercontroleUitgevoerd
  | LastOnderDwangsomGekozen
  | VoornemenVerzonden
  | ZienswijzeOntvangen
  | ZienswijzetermijnVerstreken
  | LastOnderBestuursdwangOpgelegd
  | BestuursdwangToegepast
  | TrajectAfgesloten
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

export type TrajectEventType = TrajectEvent['type'];

/**
 * The schema version each event type is written with. A change to an event's shape bumps its
 * version here and adds an upcaster for the old one (stored events are never rewritten).
 */
export const TRAJECT_SCHEMAVERSIES: { readonly [T in TrajectEventType]: number } = {
  OvertredingGeconstateerd: 1,
  VooraankondigingVerzonden: 1,
  HercontroleUitgevoerd: 1,
  LastOnderDwangsomGekozen: 1,
  VoornemenVerzonden: 1,
  ZienswijzeOntvangen: 1,
  ZienswijzetermijnVerstreken: 1,
  LastOnderBestuursdwangOpgelegd: 1,
  BestuursdwangToegepast: 1,
  TrajectAfgesloten: 1,
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

export const TRAJECT_EVENT_TYPES = Object.keys(TRAJECT_SCHEMAVERSIES) as readonly TrajectEventType[];
