import type { Pand } from '@handhaving/domain-shared';
import type { Aanleiding, PandBetrokkenen, Stand } from './register.events';

export interface Wijziging {
  readonly wijziging: number;
  readonly naar: Stand;
  readonly ingangsdatum: string;
  readonly reden?: string;
  /** The permit or traject event that caused it (register.events.ts, `Aanleiding`). */
  readonly aanleiding?: Aanleiding;
  /** Set by a correction: the change never happened. */
  readonly vervallen?: { readonly reden: string; readonly geregistreerdOp: string };
}

export type RegisterState =
  | { readonly status: 'onbekend' }
  | {
      readonly status: 'opgenomen';
      readonly zaakId: string;
      readonly gemeente: string;
      readonly pand: { readonly sleutel: string; readonly identiteit: Pand };
      readonly aantalKamers: number;
      readonly betrokkenen: PandBetrokkenen;
      readonly opgenomenOp: string;
      /** Every change in the order recorded, corrected ones kept (marked `vervallen`). */
      readonly wijzigingen: readonly Wijziging[];
    };

export type OpgenomenPand = Extract<RegisterState, { status: 'opgenomen' }>;

/** The changes that stand (not corrected away), in order of ingangsdatum. */
export function geldendeWijzigingen(pand: OpgenomenPand): readonly Wijziging[] {
  return pand.wijzigingen.filter((w) => w.vervallen === undefined);
}

/** The pand's stand now: that of its last change that stands. */
export function huidigeStand(pand: OpgenomenPand): Stand {
  return geldendeWijzigingen(pand).at(-1)?.naar ?? 'in-onderzoek';
}

/** The pand's stand on `datum`, or none when it was not yet in the register. */
export function standOp(pand: OpgenomenPand, datum: string): Stand | undefined {
  if (datum < pand.opgenomenOp) return undefined;
  let stand: Stand = 'in-onderzoek';
  for (const w of geldendeWijzigingen(pand)) if (w.ingangsdatum <= datum) stand = w.naar;
  return stand;
}
