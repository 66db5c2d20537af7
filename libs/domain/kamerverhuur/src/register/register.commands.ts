import type { AwbStap } from '@handhaving/domain-awb';
import type { PandInvoer } from '@handhaving/domain-shared';
import type { Aanleiding, Correctie, PandBetrokkenen, Stand } from './register.events';

/*
 * Every command carries the domain date of its step (`datum`), who gives it (`door`) and the day
 * it is recorded (`vandaag`, set by the API): the decider reads no clock. `zaakId` is the
 * register entry of one pand, named after the pand's key by the API.
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
  /** Set when a permit or a traject moves the pand (a process manager): the same aanleiding twice changes nothing. */
  readonly aanleiding?: Aanleiding;
}

export interface CorrigeerGegevens extends AwbStap {
  readonly type: 'CorrigeerGegevens';
  readonly correctie: Correctie;
  readonly reden: string;
}

export type RegisterCommand = NeemPandOp | WijzigStand | CorrigeerGegevens;
