import type { AwbStap } from '@handhaving/domain-awb';
import type { PandInvoer } from '@handhaving/domain-shared';
import type { Bevinding, Partner, Signaal, Vervolg } from './controle.events';

/*
 * Every command carries the domain date of its step (`datum`), who gives it (`door`) and the day
 * it is recorded (`vandaag`, set by the API): the decider reads no clock. Pands arrive as the
 * medewerker wrote them and are read with `leesPand`.
 */

export interface GevraagdAdres {
  readonly pand: PandInvoer;
  readonly signalen?: readonly Signaal[];
}

/** `datum`: the day the planning is made; `geplandOp`: the day of the control. */
export interface PlanControle extends AwbStap {
  readonly type: 'PlanControle';
  readonly gemeente: string;
  readonly geplandOp: string;
  readonly gebied: string;
  readonly partners: readonly Partner[];
  readonly adressen: readonly GevraagdAdres[];
}

export interface AnnuleerControle extends AwbStap {
  readonly type: 'AnnuleerControle';
  readonly reden: string;
}

export interface GevraagdBezoek {
  readonly pand: PandInvoer;
  readonly toegang: boolean;
  readonly personenAangetroffen?: number;
  readonly personenInBrp?: number;
  readonly bevindingen: readonly Bevinding[];
  readonly overtrederId?: string;
  readonly aantalKamers?: number;
}

/** `datum`: the day the control was held. */
export interface RegistreerUitvoering extends AwbStap {
  readonly type: 'RegistreerUitvoering';
  readonly teamgrootte: number;
  readonly bezoeken: readonly GevraagdBezoek[];
}

/** Given by a process manager (or a medewerker): the case a finding's follow-up opened. The same link twice changes nothing. */
export interface StartVervolg extends AwbStap {
  readonly type: 'StartVervolg';
  readonly pandSleutel: string;
  readonly bevinding: Bevinding;
  readonly vervolg: Vervolg;
}

export interface ZieAfVanVervolg extends AwbStap {
  readonly type: 'ZieAfVanVervolg';
  readonly pandSleutel: string;
  readonly bevinding: Bevinding;
  readonly reden: string;
}

export type ControleCommand = PlanControle | AnnuleerControle | RegistreerUitvoering | StartVervolg | ZieAfVanVervolg;
