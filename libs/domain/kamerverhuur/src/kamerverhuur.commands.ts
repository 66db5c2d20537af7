import type { AwbStap } from '@handhaving/domain-awb';
import type { PandInvoer } from '@handhaving/domain-shared';
import type { Correctie, PandBetrokkenen, Stand } from './kamerverhuur.events';

/*
 * Every command carries the domain date of its step (`datum`), who gives it (`door`) and the day
 * it is recorded (`vandaag`, set by the API): the decider reads no clock. `zaakId` is the
 * register entry of one pand, `pand-{pandSleutel}` (`kamerverhuurPandZaakId`).
 */

export interface NeemPandOp extends AwbStap {
  readonly type: 'NeemPandOp';
  readonly gemeente: string;
  readonly pand: PandInvoer;
  readonly aantalKamers: number;
  readonly betrokkenen: PandBetrokkenen;
  readonly ingangsdatum: string;
}

export interface WijzigStand extends AwbStap {
  readonly type: 'WijzigStand';
  readonly naar: Stand;
  readonly reden?: string;
  readonly ingangsdatum: string;
}

export interface CorrigeerGegevens extends AwbStap {
  readonly type: 'CorrigeerGegevens';
  readonly correctie: Correctie;
  readonly reden: string;
}

export type KamerverhuurCommand = NeemPandOp | WijzigStand | CorrigeerGegevens;
