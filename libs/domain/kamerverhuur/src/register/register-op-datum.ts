import { fold } from '@handhaving/domain-shared';
import { STANDEN, type RegisterEvent, type Stand } from './register.events';
import { evolveRegister } from './register.evolve';
import { geldendeWijzigingen, standOp, type RegisterState, type OpgenomenPand } from './register.state';

export interface RegisterOpties {
  /** Read the history as it was known on this day: events recorded after it are left out. Absent: as known now. */
  readonly bekendOp?: string;
  /** Count the panden afgevoerd from this day through each date asked. */
  readonly afgevoerdSinds?: string;
}

export interface RegisterStand {
  readonly datum: string;
  /** Panden in the register on the date and not afgevoerd. */
  readonly aantalPanden: number;
  /** Every pand entered by the date, afgevoerd ones included, by its stand that day. */
  readonly perStand: Readonly<Record<Stand, number>>;
  /** Panden with a permit that day: `vergund` or `gelegaliseerd`. */
  readonly vergund: number;
  /** Panden whose stand that day is afgevoerd, by a change taking effect on or after `afgevoerdSinds`. */
  readonly afgevoerdSinds?: number;
}

/**
 * "The register on date D" (issue 14, item 1): from the recorded history of many panden (their
 * events in the order recorded, streams interleaved in any way), the figures on each date asked —
 * as known now, or as known on `bekendOp` (a correction recorded after it is not yet known, so
 * the figure it later lowered still stands). Pure: the caller reads the events.
 */
export function registerOp(geschiedenis: readonly RegisterEvent[], datums: readonly string[], opties: RegisterOpties = {}): readonly RegisterStand[] {
  const { bekendOp, afgevoerdSinds } = opties;
  const bekend = bekendOp === undefined ? geschiedenis : geschiedenis.filter((e) => e.geregistreerdOp <= bekendOp);
  const panden = pandenUit(bekend);
  return datums.map((datum) => {
    const perStand = Object.fromEntries(STANDEN.map((s) => [s, 0])) as Record<Stand, number>;
    let afgevoerd = 0;
    for (const pand of panden) {
      const stand = standOp(pand, datum);
      if (stand === undefined) continue;
      perStand[stand] += 1;
      if (stand === 'afgevoerd' && afgevoerdSinds !== undefined && afgevoerdOp(pand, datum) >= afgevoerdSinds) afgevoerd += 1;
    }
    const aantalPanden = STANDEN.filter((s) => s !== 'afgevoerd').reduce((som, s) => som + perStand[s], 0);
    return { datum, aantalPanden, perStand, vergund: perStand.vergund + perStand.gelegaliseerd, ...(afgevoerdSinds === undefined ? {} : { afgevoerdSinds: afgevoerd }) };
  });
}

function pandenUit(events: readonly RegisterEvent[]): readonly OpgenomenPand[] {
  const perZaak = new Map<string, RegisterEvent[]>();
  for (const event of events) perZaak.set(event.zaakId, [...(perZaak.get(event.zaakId) ?? []), event]);
  return [...perZaak.values()]
    .map((stroom) => fold<RegisterEvent, RegisterState>({ initialState: () => ({ status: 'onbekend' }), evolve: evolveRegister }, stroom))
    .filter((state): state is OpgenomenPand => state.status === 'opgenomen');
}

/** The ingangsdatum of the afvoer in force on `datum`. */
function afgevoerdOp(pand: OpgenomenPand, datum: string): string {
  const afvoer = geldendeWijzigingen(pand).filter((w) => w.ingangsdatum <= datum && w.naar === 'afgevoerd').at(-1);
  return afvoer?.ingangsdatum ?? '';
}
