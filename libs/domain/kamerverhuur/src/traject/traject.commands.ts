import type {
  AwbStap,
  GesteldeTermijn,
  RegistreerBeroep as AwbRegistreerBeroep,
  RegistreerBezwaar as AwbRegistreerBezwaar,
  RegistreerEindeOpschorting as AwbRegistreerEindeOpschorting,
  RegistreerUitspraakOpBeroep as AwbRegistreerUitspraakOpBeroep,
  StapVanVoorziening,
  StelBeslissingOpBezwaarUit as AwbStelBeslissingOpBezwaarUit,
  VerdaagBeslistermijnBezwaar as AwbVerdaagBeslistermijnBezwaar,
  VraagHerstelVerzuim as AwbVraagHerstelVerzuim,
  WijzeVanZienswijze,
  Bezwaaruitkomst,
} from '@handhaving/domain-awb';
import type { Begunstigingsduur, Zienswijzeduur } from '@handhaving/policy';
import type { Bron } from '@handhaving/domain-shared';
import type { ResultaatVanTraject, Trajectsoort, UitkomstVanHercontrole } from './traject.events';

/*
 * Every command carries the traject (`zaakId`), the domain date of its step (`datum`), who gives
 * it (`door`) and the day it is recorded (`vandaag`, set by the API): the decider reads no clock.
 */

export interface RegistreerConstatering extends AwbStap {
  readonly type: 'RegistreerConstatering';
  readonly gemeente: string;
  readonly registerZaakId: string;
  readonly pandSleutel: string;
  readonly soort: Trajectsoort;
  readonly overtrederId: string;
  readonly constateringsdatum: string;
  readonly toezichthouder: string;
  readonly bevindingen: string;
  /** A flexteam control the finding came from. */
  readonly bron?: Bron;
}

export interface VerzendVooraankondiging extends AwbStap {
  readonly type: 'VerzendVooraankondiging';
  readonly verzenddatum: string;
  /** The day the letter asks the violation to be ended by; it may lie ahead. */
  readonly hersteltermijnEinde?: string;
}

export interface RegistreerHercontrole extends AwbStap {
  readonly type: 'RegistreerHercontrole';
  readonly controledatum: string;
  readonly uitkomst: UitkomstVanHercontrole;
  readonly toezichthouder: string;
  readonly bevindingen?: string;
}

export interface KiesLastOnderDwangsom extends AwbStap {
  readonly type: 'KiesLastOnderDwangsom';
  /** The dwangsom case to open: a uuid the API chooses, so the process manager and the traject name the same case. */
  readonly dwangsomZaakId: string;
  readonly motivering: string;
}

/**
 * Art. 4:8 Awb (the kernel's step): the voornemen to impose a last onder bestuursdwang. The API
 * gives the zienswijzetermijn of the gemeente's policy (`termijnenVolgensBeleid`) unless the
 * medewerker sets one.
 */
export interface VerzendVoornemen extends AwbStap {
  readonly type: 'VerzendVoornemen';
  readonly verzenddatum: string;
  readonly zienswijzetermijn: GesteldeTermijn<Zienswijzeduur>;
  /** The betrokkenen (ids) it goes to; by default the overtreder. */
  readonly aan?: readonly string[];
}

export interface RegistreerZienswijze extends AwbStap {
  readonly type: 'RegistreerZienswijze';
  readonly wijze: WijzeVanZienswijze;
  readonly van?: string;
}

export interface StelVastDatZienswijzetermijnVerstreken extends AwbStap {
  readonly type: 'StelVastDatZienswijzetermijnVerstreken';
}

/**
 * Art. 5:21, 5:24 Awb: the last onder bestuursdwang. `datum` is the day it is recorded; the API
 * gives the begunstigingstermijn of the gemeente's policy (kamerverhuur: eight weeks) unless the
 * medewerker sets one.
 */
export interface LegLastOnderBestuursdwangOp extends AwbStap {
  readonly type: 'LegLastOnderBestuursdwangOp';
  /** The day the besluit was taken: after the zienswijzefase. */
  readonly besluitdatum: string;
  /** The day it is made known; by default the besluitdatum. It may lie ahead. */
  readonly bekendmakingsdatum?: string;
  readonly begunstigingstermijn: GesteldeTermijn<Begunstigingsduur>;
  readonly omschrijving: string;
}

export interface PasBestuursdwangToe extends AwbStap {
  readonly type: 'PasBestuursdwangToe';
  readonly uitvoeringsdatum: string;
  readonly kosten?: { readonly bedragCent: number };
}

export interface SluitTrajectAf extends AwbStap {
  readonly type: 'SluitTrajectAf';
  readonly afsluitdatum: string;
  readonly resultaat: ResultaatVanTraject;
  /** Required for `gelegaliseerd` (which permit) and `geen-overtreding` (why). */
  readonly toelichting?: string;
}

/*
 * The juridische procedure against the last onder bestuursdwang (the kernel's steps, under the
 * same command names as every context, so the API's shared Awb routes serve this one too).
 */

export interface RegistreerBezwaar extends AwbStap, AwbRegistreerBezwaar {
  readonly type: 'RegistreerBezwaar';
}

export interface VraagHerstelVerzuim extends AwbStap, AwbVraagHerstelVerzuim {
  readonly type: 'VraagHerstelVerzuim';
}

export interface RegistreerEindeOpschorting extends AwbStap, AwbRegistreerEindeOpschorting {
  readonly type: 'RegistreerEindeOpschorting';
}

export interface VerdaagBeslistermijnBezwaar extends AwbStap, AwbVerdaagBeslistermijnBezwaar {
  readonly type: 'VerdaagBeslistermijnBezwaar';
}

export interface StelBeslissingOpBezwaarUit extends AwbStap, AwbStelBeslissingOpBezwaarUit {
  readonly type: 'StelBeslissingOpBezwaarUit';
}

export interface NeemBeslissingOpBezwaar extends AwbStap {
  readonly type: 'NeemBeslissingOpBezwaar';
  readonly uitkomst: Bezwaaruitkomst;
  readonly bekendmakingsdatum: string;
}

export interface RegistreerVoorlopigeVoorziening extends AwbStap {
  readonly type: 'RegistreerVoorlopigeVoorziening';
  readonly stap: StapVanVoorziening;
}

export interface RegistreerBeroep extends AwbStap, AwbRegistreerBeroep {
  readonly type: 'RegistreerBeroep';
}

export interface RegistreerUitspraakOpBeroep extends AwbStap, AwbRegistreerUitspraakOpBeroep {
  readonly type: 'RegistreerUitspraakOpBeroep';
}

export type TrajectCommand =
  | RegistreerConstatering
  | VerzendVooraankondiging
  | RegistreerHercontrole
  | KiesLastOnderDwangsom
  | VerzendVoornemen
  | RegistreerZienswijze
  | StelVastDatZienswijzetermijnVerstreken
  | LegLastOnderBestuursdwangOp
  | PasBestuursdwangToe
  | SluitTrajectAf
  | RegistreerBezwaar
  | VraagHerstelVerzuim
  | RegistreerEindeOpschorting
  | VerdaagBeslistermijnBezwaar
  | StelBeslissingOpBezwaarUit
  | NeemBeslissingOpBezwaar
  | RegistreerVoorlopigeVoorziening
  | RegistreerBeroep
  | RegistreerUitspraakOpBeroep;
