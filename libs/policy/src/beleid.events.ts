import type { Beleid } from './beleid';

/*
 * The policy stream of one gemeente, `beleid-{gemeentecode}`. Versions are keyed by their
 * ingangsdatum; a later BeleidVastgesteld with the same ingangsdatum replaces the earlier one,
 * which stays in the stream (and in every case that recorded it).
 */

/** A version of the policy was set, in force from `ingangsdatum` until the next version's ingangsdatum. */
export interface BeleidVastgesteld {
  readonly type: 'BeleidVastgesteld';
  readonly gemeente: string;
  /** `YYYY-MM-DD`: the first day the version applies to (facts of that date are judged by it). */
  readonly ingangsdatum: string;
  readonly beleid: Beleid;
  /** Why, and on what basis (the raadsbesluit, the burgemeester's beleidsregel, "standaard, te controleren"). */
  readonly toelichting: string;
  /** `YYYY-MM-DD`: the day it was set; may lie after the ingangsdatum (a policy loaded afterwards). */
  readonly vastgesteldOp: string;
  readonly vastgesteldDoor?: string;
}

/**
 * A version was withdrawn: one not yet in force, or one set by mistake. The facts its
 * ingangsdatum covered fall back to the version before it. The event stays in the history.
 */
export interface BeleidVersieIngetrokken {
  readonly type: 'BeleidVersieIngetrokken';
  readonly gemeente: string;
  readonly ingangsdatum: string;
  /** The id of the version withdrawn (see `beleidVersieId`). */
  readonly versie: string;
  readonly reden: string;
  readonly ingetrokkenOp: string;
  readonly ingetrokkenDoor?: string;
}

export type BeleidEvent = BeleidVastgesteld | BeleidVersieIngetrokken;

export const BELEID_EVENT_TYPES = ['BeleidVastgesteld', 'BeleidVersieIngetrokken'] as const satisfies readonly BeleidEvent['type'][];
