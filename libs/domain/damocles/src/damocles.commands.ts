import type { AwbStap, RegistreerBezwaar as AwbRegistreerBezwaar, RegistreerEindeOpschorting as AwbRegistreerEindeOpschorting, VraagHerstelVerzuim as AwbVraagHerstelVerzuim, VerdaagBeslistermijnBezwaar as AwbVerdaagBeslistermijnBezwaar, StelBeslissingOpBezwaarUit as AwbStelBeslissingOpBezwaarUit, RegistreerBeroep as AwbRegistreerBeroep, RegistreerUitspraakOpBeroep as AwbRegistreerUitspraakOpBeroep, GesteldeTermijn } from '@handhaving/domain-awb';
import type { Bron, PandInvoer } from '@handhaving/domain-shared';
import type { Beleid, Begunstigingsduur, Pandtype, Zienswijzeduur } from '@handhaving/policy';
import type { Afwijking, EerdereVondst, Feitcorrectie, Vondst, WijzeVanZienswijze, ZaakBetrokkene } from './damocles.events';

/*
 * Every command carries the domain date of its step (`datum`, YYYY-MM-DD) and who gives it
 * (`door`): the decider reads no clock. What the decider needs from elsewhere (the policy in
 * force, the earlier finds in the pand) the application looks up and passes in.
 */

/** The case, the domain date of the step, who takes it, and the day it is recorded (`vandaag`, set by the API). */
type Stap = AwbStap;

export interface RegistreerRapportage extends Stap {
  readonly type: 'RegistreerRapportage';
  readonly gemeente: string;
  readonly pand: PandInvoer;
  readonly pandtype: Pandtype;
  readonly constateringsdatum: string;
  readonly ontvangstdatum: string;
  readonly vondsten: readonly Vondst[];
  readonly betrokkenen: readonly ZaakBetrokkene[];
  /** The flexteam control whose finding (drugs aangetroffen) this case follows up. */
  readonly bron?: Bron;
}

export interface StelMaatregelVoor extends Stap {
  readonly type: 'StelMaatregelVoor';
  /** The version id `beleidOp` gave for the constateringsdatum, and that version's policy. */
  readonly beleidsversie: string;
  readonly beleid: Beleid;
  /** The earlier finds in the same pand within the recidive window, from the recidive projection. */
  readonly eerdereVondsten: readonly EerdereVondst[];
}

export type { GesteldeTermijn } from '@handhaving/domain-awb';

export interface VerzendVoornemen extends Stap {
  readonly type: 'VerzendVoornemen';
  /** The betrokkenen (ids) it goes to; by default every betrokkene of the case. */
  readonly aan?: readonly string[];
  readonly maatregel: VoorgenomenMaatregel;
  /** Required when `maatregel` is not the proposed one. */
  readonly afwijking?: Afwijking;
  readonly verzenddatum: string;
  readonly zienswijzetermijn: GesteldeTermijn<Zienswijzeduur>;
}

export type VoorgenomenMaatregel = { readonly soort: 'waarschuwing' } | { readonly soort: 'sluiting'; readonly duurMaanden: number | 'onbepaald' };

/** A closure without voornemen (art. 4:11 Awb): motivated, and the sluitingsbesluit itself. */
export interface NeemSpoedeisendeSluiting extends Stap {
  readonly type: 'NeemSpoedeisendeSluiting';
  readonly motivering: string;
  readonly duurMaanden: number | 'onbepaald';
  readonly begunstigingstermijn?: GesteldeTermijn<Begunstigingsduur>;
  readonly bekendmakingsdatum: string;
  /** Required when the closure is not the proposed measure. */
  readonly afwijking?: Afwijking;
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

export type Besluit =
  | { readonly soort: 'waarschuwing'; readonly bekendmakingsdatum: string }
  | {
      readonly soort: 'sluiting';
      readonly duurMaanden: number | 'onbepaald';
      readonly begunstigingstermijn: GesteldeTermijn<Begunstigingsduur>;
      readonly bekendmakingsdatum: string;
    }
  | { readonly soort: 'afzien'; readonly motivering: string };

export interface NeemBesluit extends Stap {
  readonly type: 'NeemBesluit';
  readonly besluit: Besluit;
  /** Required when a waarschuwing or sluiting is not what the voornemen announced. */
  readonly afwijking?: Afwijking;
}

export interface RegistreerBezwaar extends Stap, AwbRegistreerBezwaar {
  readonly type: 'RegistreerBezwaar';
}

export interface RegistreerVoorlopigeVoorziening extends Stap {
  readonly type: 'RegistreerVoorlopigeVoorziening';
  readonly stap: 'gevraagd' | 'toegewezen' | 'afgewezen';
}

export type GevolgVanGegrondBezwaar = { readonly soort: 'herroepen' } | { readonly soort: 'gewijzigd'; readonly duurMaanden: number | 'onbepaald' };

export interface NeemBeslissingOpBezwaar extends Stap {
  readonly type: 'NeemBeslissingOpBezwaar';
  readonly uitkomst: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk';
  /** Required for `gegrond`, absent otherwise. */
  readonly gevolg?: GevolgVanGegrondBezwaar;
  readonly bekendmakingsdatum: string;
}

/** Art. 6:6 Awb: ask the bezwaarmaker to repair an omission; `datum` is the day the request is sent. */
export interface VraagHerstelVerzuim extends Stap, AwbVraagHerstelVerzuim {
  readonly type: 'VraagHerstelVerzuim';
}

/** The omission was repaired on `datum`, or (`hersteltermijn-ongebruikt-verstreken`) its term passed unused. */
export interface RegistreerEindeOpschorting extends Stap, AwbRegistreerEindeOpschorting {
  readonly type: 'RegistreerEindeOpschorting';
}

/** Art. 7:10 lid 3 Awb: postpone the beslissing op bezwaar; `datum` is the day the notice is sent. */
export interface VerdaagBeslistermijnBezwaar extends Stap, AwbVerdaagBeslistermijnBezwaar {
  readonly type: 'VerdaagBeslistermijnBezwaar';
}

/** Art. 7:10 lid 4 Awb: postpone the beslissing op bezwaar further, with the bezwaarmaker's consent; `datum` is the day it is agreed. */
export interface StelBeslissingOpBezwaarUit extends Stap, AwbStelBeslissingOpBezwaarUit {
  readonly type: 'StelBeslissingOpBezwaarUit';
}

export interface RegistreerSluitingUitgevoerd extends Stap {
  readonly type: 'RegistreerSluitingUitgevoerd';
  readonly sluitingsdatum: string;
}

export interface RegistreerHeropening extends Stap {
  readonly type: 'RegistreerHeropening';
  readonly heropeningsdatum: string;
}

/** The facts to correct, each with its new value; what was recorded the decider takes from the case. */
export type Correcties = {
  readonly [C in Exclude<Feitcorrectie['veld'], 'zwaarsteCategorie'>]?: Extract<Feitcorrectie, { veld: C }>['nieuw'];
};

export interface CorrigeerFeiten extends Stap {
  readonly type: 'CorrigeerFeiten';
  readonly correcties: Correcties;
  readonly reden: string;
}

/** A last onder dwangsom against one of the case's betrokkenen; the dwangsom context takes it from there. */
export interface KiesLastOnderDwangsom extends Stap {
  readonly type: 'KiesLastOnderDwangsom';
  readonly overtrederId: string;
  readonly motivering: string;
}

/** Art. 8:1, 6:7 Awb (the kernel's step): beroep at the rechtbank against the beslissing op bezwaar. */
export interface RegistreerBeroep extends Stap, AwbRegistreerBeroep {
  readonly type: 'RegistreerBeroep';
}

/** Art. 8:70, 8:72 Awb (the kernel's step): the rechtbank's uitspraak; for gegrond, whether it vernietigde the closure. */
export interface RegistreerUitspraakOpBeroep extends Stap, AwbRegistreerUitspraakOpBeroep {
  readonly type: 'RegistreerUitspraakOpBeroep';
}

export type DamoclesCommand =
  | RegistreerRapportage
  | StelMaatregelVoor
  | VerzendVoornemen
  | NeemSpoedeisendeSluiting
  | RegistreerZienswijze
  | StelVastDatZienswijzetermijnVerstreken
  | NeemBesluit
  | RegistreerBezwaar
  | RegistreerVoorlopigeVoorziening
  | NeemBeslissingOpBezwaar
  | VraagHerstelVerzuim
  | RegistreerEindeOpschorting
  | VerdaagBeslistermijnBezwaar
  | StelBeslissingOpBezwaarUit
  | RegistreerBeroep
  | RegistreerUitspraakOpBeroep
  | RegistreerSluitingUitgevoerd
  | RegistreerHeropening
  | CorrigeerFeiten
  | KiesLastOnderDwangsom;
