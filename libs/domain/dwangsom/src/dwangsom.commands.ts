import type { AwbStap, RegistreerBezwaar as AwbRegistreerBezwaar, RegistreerEindeOpschorting as AwbRegistreerEindeOpschorting, VraagHerstelVerzuim as AwbVraagHerstelVerzuim, VerdaagBeslistermijnBezwaar as AwbVerdaagBeslistermijnBezwaar, StelBeslissingOpBezwaarUit as AwbStelBeslissingOpBezwaarUit, RegistreerBeroep as AwbRegistreerBeroep, RegistreerUitspraakOpBeroep as AwbRegistreerUitspraakOpBeroep, GesteldeTermijn, StapVanVoorziening } from '@handhaving/domain-awb';
import type { Begunstigingsduur, Zienswijzeduur } from '@handhaving/policy';
import type { Bestreden, Bezwaaruitkomst, Dwangsombedrag, Grondslag, Herkomst, LooptijdLengte, Thema, WijzeVanZienswijze } from './dwangsom.events';

/*
 * Every command carries the domain date of its step (`datum`, YYYY-MM-DD) and who gives it
 * (`door`): the decider reads no clock. Amounts are whole euro cents.
 */

/** The case, the domain date of the step, who takes it, and the day it is recorded (`vandaag`, set by the API). */
type Stap = AwbStap;

export interface OpenDwangsomzaak extends Stap {
  readonly type: 'OpenDwangsomzaak';
  readonly gemeente: string;
  readonly grondslag: Grondslag;
  readonly overtrederId: string;
  readonly overtreding: string;
  readonly constateringsdatum: string;
  /** Default `overig`. */
  readonly thema?: Thema;
  /** The case this one started from (a Damocles besluit, a kamerverhuur or flexteam finding). */
  readonly herkomst?: Herkomst;
}

/** A term the gemeente sets: a length with the policy's Atw choice, or an end date written in the letter (the kernel's). */
export type { GesteldeTermijn } from '@handhaving/domain-awb';

export interface VerzendVoornemen extends Stap {
  readonly type: 'VerzendVoornemen';
  readonly verzenddatum: string;
  readonly zienswijzetermijn: GesteldeTermijn<Zienswijzeduur>;
  /** The betrokkenen (ids) it goes to; by default the overtreder, the one the last will address. */
  readonly aan?: readonly string[];
}

export interface RegistreerZienswijze extends Stap {
  readonly type: 'RegistreerZienswijze';
  readonly wijze: WijzeVanZienswijze;
  /** The betrokkene who gave it; may be left out when the voornemen went to one. */
  readonly van?: string;
}

export interface StelVastDatZienswijzetermijnVerstreken extends Stap {
  readonly type: 'StelVastDatZienswijzetermijnVerstreken';
}

export type GevraagdeLastVorm =
  | { readonly soort: 'herstellast'; readonly begunstigingstermijn: GesteldeTermijn<Begunstigingsduur> }
  | { readonly soort: 'preventieve-last'; readonly looptijd?: { readonly lengte: LooptijdLengte } | { readonly einde: string } };

export interface LegLastOp extends Stap {
  readonly type: 'LegLastOp';
  readonly vorm: GevraagdeLastVorm;
  readonly bedrag: Dwangsombedrag;
  readonly maximumCent: number;
  readonly bekendmakingsdatum: string;
  /** Only without a voornemen (art. 4:11 Awb): why there was no time to hear the overtreder. */
  readonly spoedeisend?: { readonly motivering: string };
}

export interface ZieAfVanLast extends Stap {
  readonly type: 'ZieAfVanLast';
  readonly motivering: string;
}

export type Controleuitkomst =
  | { readonly soort: 'nageleefd' }
  /** `van`..`totEnMet` the days of the violation; for a last per overtreding one day (`totEnMet` may be left out). */
  | { readonly soort: 'overtreding'; readonly van: string; readonly totEnMet?: string; readonly omschrijving: string };

export interface RegistreerControle extends Stap {
  readonly type: 'RegistreerControle';
  readonly controledatum: string;
  readonly uitkomst: Controleuitkomst;
}

export interface VerzendInvorderingsbeschikking extends Stap {
  readonly type: 'VerzendInvorderingsbeschikking';
  readonly verbeuring: number;
  readonly bekendmakingsdatum: string;
}

export interface RegistreerBetaling extends Stap {
  readonly type: 'RegistreerBetaling';
  readonly invordering: number;
  readonly bedragCent: number;
  readonly betaaldatum: string;
}

export interface RegistreerBezwaar extends Stap, AwbRegistreerBezwaar {
  readonly type: 'RegistreerBezwaar';
  readonly tegen: Bestreden;
}

/*
 * The steps in the beslistermijn op bezwaar and the rechtsgang after it, each about the bezwaar
 * against one besluit (`tegen`: the last, or one invorderingsbeschikking).
 */

/** Art. 6:6 Awb: ask the bezwaarmaker to repair an omission; `datum` is the day the request is sent. */
export interface VraagHerstelVerzuim extends Stap, AwbVraagHerstelVerzuim {
  readonly type: 'VraagHerstelVerzuim';
  readonly tegen: Bestreden;
}

/** The omission was repaired on `datum`, or its term passed unused. */
export interface RegistreerEindeOpschorting extends Stap, AwbRegistreerEindeOpschorting {
  readonly type: 'RegistreerEindeOpschorting';
  readonly tegen: Bestreden;
}

/** Art. 7:10 lid 3 Awb: postpone the beslissing op bezwaar; `datum` is the day the notice is sent. */
export interface VerdaagBeslistermijnBezwaar extends Stap, AwbVerdaagBeslistermijnBezwaar {
  readonly type: 'VerdaagBeslistermijnBezwaar';
  readonly tegen: Bestreden;
}

/** Art. 7:10 lid 4 Awb: postpone it further, with the bezwaarmaker's consent. */
export interface StelBeslissingOpBezwaarUit extends Stap, AwbStelBeslissingOpBezwaarUit {
  readonly type: 'StelBeslissingOpBezwaarUit';
  readonly tegen: Bestreden;
}

/** Art. 8:81 Awb: a voorlopige voorziening asked pending the bezwaar or beroep, or the judge's answer. */
export interface RegistreerVoorlopigeVoorziening extends Stap {
  readonly type: 'RegistreerVoorlopigeVoorziening';
  readonly tegen: Bestreden;
  readonly stap: StapVanVoorziening;
}

/** Art. 8:1 Awb: beroep against the beslissing op bezwaar on `tegen`. */
export interface RegistreerBeroep extends Stap, AwbRegistreerBeroep {
  readonly type: 'RegistreerBeroep';
  readonly tegen: Bestreden;
}

/** Art. 8:70, 8:72 Awb: the rechtbank's uitspraak; for gegrond, whether it vernietigde the besluit. */
export interface RegistreerUitspraakOpBeroep extends Stap, AwbRegistreerUitspraakOpBeroep {
  readonly type: 'RegistreerUitspraakOpBeroep';
  readonly tegen: Bestreden;
}

/** What a gegrond objection does to the last; a new begunstigingstermijn runs from the bekendmaking of the beslissing op bezwaar. */
export type GevolgVanGegrondBezwaar =
  | { readonly soort: 'herroepen' }
  | {
      readonly soort: 'gewijzigd';
      readonly bedrag?: Dwangsombedrag;
      readonly maximumCent?: number;
      readonly begunstigingstermijn?: GesteldeTermijn<Begunstigingsduur>;
    };

export interface NeemBeslissingOpBezwaar extends Stap {
  readonly type: 'NeemBeslissingOpBezwaar';
  readonly tegen: Bestreden;
  readonly uitkomst: Bezwaaruitkomst;
  /** Only for a gegrond objection against the last; absent there means herroepen. */
  readonly gevolg?: GevolgVanGegrondBezwaar;
  readonly bekendmakingsdatum: string;
}

export interface HefLastOp extends Stap {
  readonly type: 'HefLastOp';
  readonly ingangsdatum: string;
  readonly reden: string;
}

export interface TrekLastIn extends Stap {
  readonly type: 'TrekLastIn';
  readonly ingangsdatum: string;
  readonly reden: string;
}

export type DwangsomCommand =
  | OpenDwangsomzaak
  | VerzendVoornemen
  | RegistreerZienswijze
  | StelVastDatZienswijzetermijnVerstreken
  | LegLastOp
  | ZieAfVanLast
  | RegistreerControle
  | VerzendInvorderingsbeschikking
  | RegistreerBetaling
  | RegistreerBezwaar
  | NeemBeslissingOpBezwaar
  | VraagHerstelVerzuim
  | RegistreerEindeOpschorting
  | VerdaagBeslistermijnBezwaar
  | StelBeslissingOpBezwaarUit
  | RegistreerVoorlopigeVoorziening
  | RegistreerBeroep
  | RegistreerUitspraakOpBeroep
  | HefLastOp
  | TrekLastIn;
