import type { Pand } from '@handhaving/domain-shared';

/*
 * An outgoing request (issue 15, item 3): what a flexteam finding asks of another part of the
 * gemeente — the BRP to correct its registration (an adresonderzoek, for `brp-onjuist`), bouw- en
 * woningtoezicht to act on fire safety (for `brandonveilig`) — with the term it is to be answered
 * in. One request per stream `verzoek-{zaakId}`; it is linked back to the control and address.
 */

export const VERZOEK_AAN = ['brp', 'bouw-en-woningtoezicht'] as const;
export type VerzoekAan = (typeof VERZOEK_AAN)[number];

/** How the other side answered. */
export const UITKOMSTEN = ['gecorrigeerd', 'niet-gecorrigeerd', 'maatregel-genomen', 'geen-maatregel'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

/** The control and address a request came from. */
export interface Herkomst {
  readonly context: 'flexteam';
  readonly zaakId: string;
  readonly pandSleutel: string;
  readonly bevinding: 'brp-onjuist' | 'brandonveilig';
}

interface VerzoekStap {
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
  readonly geregistreerdOp: string;
}

/** `datum`: the day it was sent; `antwoordUiterlijk`: the day the answer is due (the term, a policy choice, not law). */
export interface VerzoekVerstuurd extends VerzoekStap {
  readonly type: 'VerzoekVerstuurd';
  readonly gemeente: string;
  readonly aan: VerzoekAan;
  readonly pand: Pand;
  readonly pandSleutel: string;
  readonly herkomst: Herkomst;
  readonly antwoordtermijnInWeken: number;
  readonly antwoordUiterlijk: string;
}

export interface VerzoekBeantwoord extends VerzoekStap {
  readonly type: 'VerzoekBeantwoord';
  readonly uitkomst: Uitkomst;
}

export type VerzoekEvent = VerzoekVerstuurd | VerzoekBeantwoord;

export const VERZOEK_EVENT_TYPES: readonly VerzoekEvent['type'][] = ['VerzoekVerstuurd', 'VerzoekBeantwoord'];
