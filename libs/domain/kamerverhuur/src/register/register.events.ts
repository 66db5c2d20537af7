import type { Pand } from '@handhaving/domain-shared';

/*
 * The pand register of kamerverhuur (issue 14, item 1): one pand with room rental, its rooms, its
 * owner and exploitant, and the states it goes through. Every event names the day it took effect
 * (`ingangsdatum`) and the day it was recorded (`geregistreerdOp`), so the register can be read
 * on any date, as known now or as known on an earlier day.
 */

export const STANDEN = ['in-onderzoek', 'vergund', 'in-handhaving', 'gelegaliseerd', 'afgevoerd'] as const;
export type Stand = (typeof STANDEN)[number];

/** The betrokkenen of a pand in the register (ids of @handhaving/domain-betrokkenen). */
export interface PandBetrokkenen {
  readonly eigenaarId: string;
  readonly exploitantId?: string;
}

interface Registerfeit {
  readonly zaakId: string;
  /** The day it took effect (YYYY-MM-DD). */
  readonly ingangsdatum: string;
  /** The day it was recorded (the command's `vandaag`, else its `datum`). */
  readonly geregistreerdOp: string;
  readonly datum: string;
  readonly door: string;
}

export interface PandInRegisterOpgenomen extends Registerfeit {
  readonly type: 'PandInRegisterOpgenomen';
  readonly gemeente: string;
  readonly pand: { readonly sleutel: string; readonly identiteit: Pand };
  readonly aantalKamers: number;
  readonly betrokkenen: PandBetrokkenen;
  /** Always `in-onderzoek`: a pand enters the register to be looked into. */
  readonly stand: 'in-onderzoek';
}

export interface StandGewijzigd extends Registerfeit {
  readonly type: 'StandGewijzigd';
  /** 1, 2, …: the number a correction names. */
  readonly wijziging: number;
  readonly van: Stand;
  readonly naar: Stand;
  /** Required for `afgevoerd` (ingetrokken, vervallen, geen kamerverhuur meer, …). */
  readonly reden?: string;
  /** The permit or traject event that moved the pand, when one did. */
  readonly aanleiding?: Aanleiding;
}

/**
 * What moved a pand when no medewerker did: an event of a kamerverhuurvergunning or a
 * handhavingstraject (its zaak, its type, the event's id), recorded by the process manager that
 * keeps the register in step with them.
 */
export interface Aanleiding {
  readonly zaakId: string;
  readonly gebeurtenis: string;
  readonly eventId: string;
}

/** A correction of an earlier change that turned out never to have happened (a `vergund` without a formal permit). */
export interface WijzigingVervalt {
  readonly soort: 'wijziging-vervalt';
  readonly wijziging: number;
}

export type Correctie = WijzigingVervalt;

/**
 * A correction is its own event: the change it corrects stays in the history, so the register
 * as known before the correction still gives the old figure. `ingangsdatum` is that of the
 * corrected change: from then on, as known now, it never was.
 */
export interface GegevensGecorrigeerd extends Registerfeit {
  readonly type: 'GegevensGecorrigeerd';
  readonly correctie: Correctie;
  readonly reden: string;
}

export type RegisterEvent = PandInRegisterOpgenomen | StandGewijzigd | GegevensGecorrigeerd;

export const REGISTER_EVENT_TYPES: readonly RegisterEvent['type'][] = ['PandInRegisterOpgenomen', 'StandGewijzigd', 'GegevensGecorrigeerd'];
