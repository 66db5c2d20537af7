import type {
  Beslissing,
  Bezwaarontvangst,
  BeroepIngesteld,
  BeslistermijnBezwaarUitgesteld as AwbBeslistermijnBezwaarUitgesteld,
  BeslistermijnBezwaarVerdaagd as AwbBeslistermijnBezwaarVerdaagd,
  HerstelVerzuimGevraagd as AwbHerstelVerzuimGevraagd,
  OpschortingBeslistermijnBeeindigd,
  UitspraakOpBeroepGedaan,
  VoorlopigeVoorzieningAfgewezen,
  VoorlopigeVoorzieningGevraagd,
  VoorlopigeVoorzieningToegewezen,
  VoornemenVerzonden as AwbVoornemenVerzonden,
  ZienswijzeOntvangen,
  ZienswijzetermijnVerstreken,
} from '@handhaving/domain-awb';
import type { Pand } from '@handhaving/domain-shared';
import type { Aanleiding } from './aanleiding';
import type { VerzegeldeInhoud } from './verzegelde-inhoud';

export * from './aanleiding';

// The Awb steps every context shares (libs/domain/awb), as this context records them.
export type {
  BeroepIngesteld,
  Beroepsuitkomst,
  Bezwaaruitkomst,
  EindeVanOpschorting,
  OpschortingBeslistermijnBeeindigd,
  UitspraakOpBeroepGedaan,
  VoorlopigeVoorzieningAfgewezen,
  VoorlopigeVoorzieningGevraagd,
  VoorlopigeVoorzieningToegewezen,
  WijzeVanZienswijze,
  ZienswijzeOntvangen,
  ZienswijzetermijnVerstreken,
} from '@handhaving/domain-awb';
export { BEROEPSUITKOMSTEN, BEZWAARUITKOMSTEN, EINDEN_VAN_OPSCHORTING, WIJZEN_VAN_ZIENSWIJZE } from '@handhaving/domain-awb';

/*
 * One Bibob toets (Wet Bibob): the integrity screening of one aanvraag, or of a running permit or
 * deal on a signal, from its start to the besluit and the rechtsgang after it. Every event records
 * the domain date of the step (`datum`, YYYY-MM-DD) and who recorded it (`door`). Betrokkenen are
 * ids: personal data lives in the betrokkenen context's vault. What the screening found and every
 * free text is sealed (`VerzegeldeInhoud`, art. 28 Wet Bibob); states, dates and categories are plain.
 */

export interface BibobToetsGestart {
  readonly type: 'BibobToetsGestart';
  readonly zaakId: string;
  readonly gemeente: string;
  readonly startdatum: string;
  readonly aanleiding: Aanleiding;
  readonly datum: string;
  readonly door: string;
  /**
   * The premises it is about, when there is one: by its key the address dossier shows that a toets
   * exists there (never what it holds).
   */
  readonly pand?: { readonly sleutel: string; readonly identiteit: Pand };
}

/** Art. 30 Wet Bibob: the Bibob vragenformulier; or documents missing from the aanvraag (art. 4:5 Awb). */
export const SOORTEN_GEGEVENS = ['vragenformulier', 'aanvullende-stukken'] as const;
export type SoortGegevens = (typeof SOORTEN_GEGEVENS)[number];

/** Sent on `verzenddatum`; the beslistermijn stands still from the day after (art. 4:15 lid 1 sub a Awb). */
export interface GegevensOpgevraagd {
  readonly type: 'GegevensOpgevraagd';
  readonly zaakId: string;
  readonly soort: SoortGegevens;
  readonly verzenddatum: string;
  /** What was asked for. */
  readonly omschrijving?: VerzegeldeInhoud;
  readonly datum: string;
  readonly door: string;
}

export interface GegevensOntvangen {
  readonly type: 'GegevensOntvangen';
  readonly zaakId: string;
  readonly soort: SoortGegevens;
  readonly ontvangstdatum: string;
  readonly datum: string;
  readonly door: string;
}

export const UITKOMSTEN_EIGEN_ONDERZOEK = ['geen-gevaar', 'mindere-mate', 'ernstige-mate', 'advies-nodig'] as const;
export type UitkomstEigenOnderzoek = (typeof UITKOMSTEN_EIGEN_ONDERZOEK)[number];

/** The gemeente's own screening (open sources, registers, the RIEC): its degree of danger found, or "advies nodig". */
export interface EigenOnderzoekAfgerond {
  readonly type: 'EigenOnderzoekAfgerond';
  readonly zaakId: string;
  readonly uitkomst: UitkomstEigenOnderzoek;
  readonly bevindingen: VerzegeldeInhoud;
  readonly datum: string;
  readonly door: string;
}

/**
 * Art. 9 Wet Bibob: advice asked of the Landelijk Bureau Bibob, sent on `verzenddatum`; art. 31 Wet
 * Bibob: the betrokkene was told on `betrokkeneGeinformeerdOp`. The LBB advises within eight weeks
 * (art. 15 Wet Bibob): `adviestermijnEinde`.
 */
export interface LbbAdviesGevraagd {
  readonly type: 'LbbAdviesGevraagd';
  readonly zaakId: string;
  readonly verzenddatum: string;
  readonly betrokkeneGeinformeerdOp: string;
  readonly adviestermijnEinde: string;
  readonly datum: string;
  readonly door: string;
}

/** Art. 15 Wet Bibob: the LBB extends its term once by at most four weeks; the beslistermijn's suspension may last twelve weeks (art. 32). */
export interface LbbTermijnVerlengd {
  readonly type: 'LbbTermijnVerlengd';
  readonly zaakId: string;
  readonly adviestermijnEinde: string;
  readonly datum: string;
  readonly door: string;
}

/** The LBB put questions to the betrokkene on `gesteldOp`: its clock stands still until they are answered. */
export interface LbbVragenGesteld {
  readonly type: 'LbbVragenGesteld';
  readonly zaakId: string;
  readonly gesteldOp: string;
  readonly datum: string;
  readonly door: string;
}

export interface LbbVragenBeantwoord {
  readonly type: 'LbbVragenBeantwoord';
  readonly zaakId: string;
  readonly beantwoordOp: string;
  readonly datum: string;
  readonly door: string;
}

export const CONCLUSIES_LBB = ['geen-gevaar', 'mindere-mate', 'ernstige-mate'] as const;
export type ConclusieLbb = (typeof CONCLUSIES_LBB)[number];

/** Art. 9 Wet Bibob: the advice, with the degree of danger the LBB found; its text sealed. */
export interface LbbAdviesOntvangen {
  readonly type: 'LbbAdviesOntvangen';
  readonly zaakId: string;
  readonly ontvangstdatum: string;
  readonly conclusie: ConclusieLbb;
  readonly advies: VerzegeldeInhoud;
  readonly datum: string;
  readonly door: string;
}

/** What the voornemen announces: to refuse the aanvraag, to attach voorschriften, to revoke the running permit. */
export const STREKKINGEN = ['weigeren', 'voorschriften', 'intrekken'] as const;
export type Strekking = (typeof STREKKINGEN)[number];

/** Art. 4:8 Awb (the kernel's shape) with what it announces; `adviesTerInzage`: the betrokkene may read the LBB advice during the zienswijzefase. */
export interface VoornemenVerzonden extends AwbVoornemenVerzonden {
  readonly strekking: Strekking;
  readonly adviesTerInzage: boolean;
  readonly motivering?: VerzegeldeInhoud;
}

export const BESLUITUITKOMSTEN = ['verleend', 'verleend-onder-voorschriften', 'geweigerd', 'ingetrokken'] as const;
export type Besluituitkomst = (typeof BESLUITUITKOMSTEN)[number];

/** The besluit on the aanvraag, or on the running permit; open to bezwaar for six weeks from its bekendmaking. */
export interface BibobBesluitGenomen {
  readonly type: 'BibobBesluitGenomen';
  readonly zaakId: string;
  readonly uitkomst: Besluituitkomst;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly motivering?: VerzegeldeInhoud;
  readonly datum: string;
  readonly door: string;
}

export const REDENEN_VAN_AFSLUITING = ['geen-maatregel', 'aanvraag-ingetrokken'] as const;
export type RedenVanAfsluiting = (typeof REDENEN_VAN_AFSLUITING)[number];

/** A toets ends without a besluit: no measure on a signal, or the aanvrager withdrew his aanvraag. */
export interface BibobToetsAfgesloten {
  readonly type: 'BibobToetsAfgesloten';
  readonly zaakId: string;
  readonly reden: RedenVanAfsluiting;
  readonly datum: string;
  readonly door: string;
}

export interface BezwaarIngediend extends Bezwaarontvangst {
  readonly type: 'BezwaarIngediend';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

/** Art. 7:11 Awb; a gegrond bezwaar herroept the besluit and replaces it by `herzien`. */
export interface BeslissingOpBezwaarGenomen extends Beslissing {
  readonly type: 'BeslissingOpBezwaarGenomen';
  readonly zaakId: string;
  readonly herzien?: Besluituitkomst;
  readonly datum: string;
  readonly door: string;
}

/** The kernel's steps with a free text: the text stays `VERTROUWELIJK`, the real one travels sealed in `inhoud`. */
export interface HerstelVerzuimGevraagd extends AwbHerstelVerzuimGevraagd {
  readonly inhoud: VerzegeldeInhoud;
}
export interface BeslistermijnBezwaarVerdaagd extends AwbBeslistermijnBezwaarVerdaagd {
  readonly inhoud: VerzegeldeInhoud;
}
export interface BeslistermijnBezwaarUitgesteld extends AwbBeslistermijnBezwaarUitgesteld {
  readonly inhoud: VerzegeldeInhoud;
}

/**
 * After its retention term the toets's key was destroyed (crypto-shredding): every sealed content
 * of the toets reads as destroyed from then on; its facts, terms and figures stay.
 */
export interface InhoudVernietigd {
  readonly type: 'InhoudVernietigd';
  readonly zaakId: string;
  readonly reden: 'bewaartermijn-verstreken';
  readonly datum: string;
  readonly door: string;
}

export type BibobEvent =
  | BibobToetsGestart
  | GegevensOpgevraagd
  | GegevensOntvangen
  | EigenOnderzoekAfgerond
  | LbbAdviesGevraagd
  | LbbTermijnVerlengd
  | LbbVragenGesteld
  | LbbVragenBeantwoord
  | LbbAdviesOntvangen
  | VoornemenVerzonden
  | ZienswijzeOntvangen
  | ZienswijzetermijnVerstreken
  | BibobBesluitGenomen
  | BibobToetsAfgesloten
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
  | UitspraakOpBeroepGedaan
  | InhoudVernietigd;

export type BibobEventType = BibobEvent['type'];

/** The schema version of every event type; a new type fails to compile until it is listed here. */
export const BIBOB_SCHEMAVERSIES: { readonly [T in BibobEventType]: number } = {
  BibobToetsGestart: 1,
  GegevensOpgevraagd: 1,
  GegevensOntvangen: 1,
  EigenOnderzoekAfgerond: 1,
  LbbAdviesGevraagd: 1,
  LbbTermijnVerlengd: 1,
  LbbVragenGesteld: 1,
  LbbVragenBeantwoord: 1,
  LbbAdviesOntvangen: 1,
  VoornemenVerzonden: 1,
  ZienswijzeOntvangen: 1,
  ZienswijzetermijnVerstreken: 1,
  BibobBesluitGenomen: 1,
  BibobToetsAfgesloten: 1,
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
  InhoudVernietigd: 1,
};

export const BIBOB_EVENT_TYPES = Object.keys(BIBOB_SCHEMAVERSIES) as readonly BibobEventType[];
