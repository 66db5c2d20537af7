import type { AwbStap } from '@handhaving/domain-awb';
import type { Pand, PandInvoer } from '@handhaving/domain-shared';
import type { Herkomst, Uitkomst, VerzoekAan } from './verzoek.events';

/** `datum`: the day it is sent. Without `antwoordtermijnInWeken` the term is 4 weeks. */
export interface VerstuurVerzoek extends AwbStap {
  readonly type: 'VerstuurVerzoek';
  readonly gemeente: string;
  readonly aan: VerzoekAan;
  readonly pand: PandInvoer | Pand;
  readonly herkomst: Herkomst;
  readonly antwoordtermijnInWeken?: number;
}

export interface RegistreerAntwoord extends AwbStap {
  readonly type: 'RegistreerAntwoord';
  readonly uitkomst: Uitkomst;
}

export type VerzoekCommand = VerstuurVerzoek | RegistreerAntwoord;
