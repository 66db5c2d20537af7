import type { Pand } from '@handhaving/domain-shared';
import type { Herkomst, Uitkomst, VerzoekAan } from './verzoek.events';

/** What every state of a request after it was sent knows of it. */
export interface Verzoekzaak {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly aan: VerzoekAan;
  readonly pand: Pand;
  readonly pandSleutel: string;
  readonly herkomst: Herkomst;
  /** The day it was sent. */
  readonly verstuurdOp: string;
  readonly antwoordtermijnInWeken: number;
  /** The last day of the term to answer in. */
  readonly antwoordUiterlijk: string;
}

export interface Antwoord {
  readonly uitkomst: Uitkomst;
  /** The day the answer came. */
  readonly datum: string;
}

export type VerzoekState =
  | { readonly status: 'onbekend' }
  | { readonly status: 'verstuurd'; readonly zaak: Verzoekzaak }
  | { readonly status: 'beantwoord'; readonly zaak: Verzoekzaak; readonly antwoord: Antwoord };
