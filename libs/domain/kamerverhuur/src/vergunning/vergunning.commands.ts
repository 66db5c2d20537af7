import type {
  AwbStap,
  RegistreerBeroep as AwbRegistreerBeroep,
  RegistreerBezwaar as AwbRegistreerBezwaar,
  RegistreerEindeOpschorting as AwbRegistreerEindeOpschorting,
  RegistreerUitspraakOpBeroep as AwbRegistreerUitspraakOpBeroep,
  StelBeslissingOpBezwaarUit as AwbStelBeslissingOpBezwaarUit,
  VerdaagBeslistermijnBezwaar as AwbVerdaagBeslistermijnBezwaar,
  VraagHerstelVerzuim as AwbVraagHerstelVerzuim,
  Bezwaaruitkomst,
  GesteldeTermijn,
  StapVanVoorziening,
  WijzeVanZienswijze,
} from '@handhaving/domain-awb';
import type { Zienswijzeduur } from '@handhaving/policy';
import type { RedenVanVerval } from './vergunning.events';

/*
 * Every command carries the domain date of its step (`datum`), who gives it (`door`) and the day
 * it is recorded (`vandaag`, set by the API): the decider reads no clock. The Awb steps have the
 * names and fields of the kernel's, as in every other context, so the API's shared routes fit.
 */
type Stap = AwbStap;

export interface VraagVergunningAan extends Stap {
  readonly type: 'VraagVergunningAan';
  readonly gemeente: string;
  readonly registerZaakId: string;
  readonly pandSleutel: string;
  readonly aanvragerId: string;
  readonly aantalKamers: number;
  readonly ontvangstdatum: string;
  /** The beslistermijn in weeks as the gemeente's policy sets it for this permit; default eight (art. 4:13 lid 2 Awb). */
  readonly beslistermijnWeken?: number;
  /** The article that sets `beslistermijnWeken` (the verordening's); default art. 4:13 lid 2 Awb. */
  readonly grondslag?: string;
}

/** Art. 4:5 Awb; `datum` is the day it is recorded, `gevraagdOp` the day the letter went out. */
export interface VraagAanvullingAan extends Stap {
  readonly type: 'VraagAanvullingAan';
  readonly gevraagdOp: string;
  readonly ontbreekt: string;
  /** Last day to complete the aanvraag: a day the letter names, so it may lie ahead. */
  readonly hersteltermijnEinde: string;
}

export interface RegistreerAanvulling extends Stap {
  readonly type: 'RegistreerAanvulling';
  readonly ontvangenOp: string;
}

/** Art. 4:14 lid 3 Awb. */
export interface VerdaagBeslistermijnAanvraag extends Stap {
  readonly type: 'VerdaagBeslistermijnAanvraag';
  readonly verdagingsdatum: string;
  readonly weken: number;
  readonly motivering: string;
}

/**
 * Art. 4:7, 4:8 Awb: the voornemen to refuse the aanvraag, or to revoke the permit; what it
 * announces follows from where the case stands. It goes to the aanvrager (the holder).
 */
export interface VerzendVoornemen extends Stap {
  readonly type: 'VerzendVoornemen';
  readonly verzenddatum: string;
  readonly zienswijzetermijn: GesteldeTermijn<Zienswijzeduur>;
  readonly aan?: readonly string[];
}

export interface RegistreerZienswijze extends Stap {
  readonly type: 'RegistreerZienswijze';
  readonly wijze: WijzeVanZienswijze;
  readonly van?: string;
}

export interface StelVastDatZienswijzetermijnVerstreken extends Stap {
  readonly type: 'StelVastDatZienswijzetermijnVerstreken';
}

/** `datum` is the day the besluit is taken (the event's `besluitdatum`). */
export interface VerleenVergunning extends Stap {
  readonly type: 'VerleenVergunning';
  /** The day it is (to be) made known; default `datum`. */
  readonly bekendmakingsdatum?: string;
  readonly ingangsdatum: string;
  /** For a permit for a period: the day it lapses. */
  readonly einddatum?: string;
  /** Default: the rooms asked for. */
  readonly aantalKamers?: number;
}

/** `datum` is the day the besluit is taken (the event's `besluitdatum`). */
export interface WeigerVergunning extends Stap {
  readonly type: 'WeigerVergunning';
  readonly bekendmakingsdatum?: string;
  readonly motivering: string;
}

/** `datum` is the day the besluit is taken (the event's `besluitdatum`). */
export interface TrekVergunningIn extends Stap {
  readonly type: 'TrekVergunningIn';
  readonly bekendmakingsdatum?: string;
  /** The day the permit stops holding: not before the bekendmaking (art. 3:40 Awb). */
  readonly ingangsdatum: string;
  readonly reden: string;
}

export interface StelVervalVast extends Stap {
  readonly type: 'StelVervalVast';
  readonly reden: RedenVanVerval;
  /** Required for afstand and niet-gebruikt; for einddatum-verstreken the einddatum (and may be left out). */
  readonly vervaldatum?: string;
}

export interface RegistreerBezwaar extends Stap, AwbRegistreerBezwaar {
  readonly type: 'RegistreerBezwaar';
}

export interface VraagHerstelVerzuim extends Stap, AwbVraagHerstelVerzuim {
  readonly type: 'VraagHerstelVerzuim';
}

export interface RegistreerEindeOpschorting extends Stap, AwbRegistreerEindeOpschorting {
  readonly type: 'RegistreerEindeOpschorting';
}

export interface VerdaagBeslistermijnBezwaar extends Stap, AwbVerdaagBeslistermijnBezwaar {
  readonly type: 'VerdaagBeslistermijnBezwaar';
}

export interface StelBeslissingOpBezwaarUit extends Stap, AwbStelBeslissingOpBezwaarUit {
  readonly type: 'StelBeslissingOpBezwaarUit';
}

/** Gegrond herroept the weigering or the intrekking (vergunning.events.ts, BeslissingOpBezwaarGenomen). */
export interface NeemBeslissingOpBezwaar extends Stap {
  readonly type: 'NeemBeslissingOpBezwaar';
  readonly uitkomst: Bezwaaruitkomst;
  readonly bekendmakingsdatum: string;
}

export interface RegistreerVoorlopigeVoorziening extends Stap {
  readonly type: 'RegistreerVoorlopigeVoorziening';
  readonly stap: StapVanVoorziening;
}

export interface RegistreerBeroep extends Stap, AwbRegistreerBeroep {
  readonly type: 'RegistreerBeroep';
}

export interface RegistreerUitspraakOpBeroep extends Stap, AwbRegistreerUitspraakOpBeroep {
  readonly type: 'RegistreerUitspraakOpBeroep';
}

export type VergunningCommand =
  | VraagVergunningAan
  | VraagAanvullingAan
  | RegistreerAanvulling
  | VerdaagBeslistermijnAanvraag
  | VerzendVoornemen
  | RegistreerZienswijze
  | StelVastDatZienswijzetermijnVerstreken
  | VerleenVergunning
  | WeigerVergunning
  | TrekVergunningIn
  | StelVervalVast
  | RegistreerBezwaar
  | VraagHerstelVerzuim
  | RegistreerEindeOpschorting
  | VerdaagBeslistermijnBezwaar
  | StelBeslissingOpBezwaarUit
  | NeemBeslissingOpBezwaar
  | RegistreerVoorlopigeVoorziening
  | RegistreerBeroep
  | RegistreerUitspraakOpBeroep;
