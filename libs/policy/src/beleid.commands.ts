import type { Beleid } from './beleid';

/** Set (or replace) the version of the policy that applies from `ingangsdatum`. */
export interface StelBeleidVast {
  readonly type: 'StelBeleidVast';
  readonly gemeente: string;
  readonly ingangsdatum: string;
  /** Checked in full by the decider (`valideerBeleid`): the edge only checks it is an object. */
  readonly beleid: Beleid;
  readonly toelichting: string;
  /** `YYYY-MM-DD`: the day it is set. The decider has no clock; the caller says when. */
  readonly datum: string;
  /** Who sets it (the user id of the beheerder, or the seeding process). */
  readonly door: string;
}

/** Withdraw the version that applies from `ingangsdatum`. */
export interface TrekBeleidVersieIn {
  readonly type: 'TrekBeleidVersieIn';
  readonly gemeente: string;
  readonly ingangsdatum: string;
  readonly reden: string;
  readonly datum: string;
  readonly door: string;
}

export type BeleidCommand = StelBeleidVast | TrekBeleidVersieIn;
