import type { BetrokkeneEvent } from '@handhaving/domain-betrokkenen';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, projectionKeyPrefix, type ProjectionContext } from '@handhaving/projections';
import type { Redis } from 'ioredis';

/**
 * Betrokkenen registered and erased per gemeente and year: a figure that must not change when a
 * person's data is erased (only the erasure count moves). It holds counts only, never data.
 */
export const betrokkenenTelling = defineProjection({
  name: 'betrokkenen.telling.v1',
  filter: { eventTypes: ['BetrokkeneGeregistreerd', 'PersoonsgegevensVerwijderd'] },
  handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    // Counted per batch first: one HINCRBY per key and field, not one per event.
    const increments = new Map<string, Map<string, number>>();
    const count = (key: string, field: string): void => {
      const fields = increments.get(key) ?? new Map<string, number>();
      fields.set(field, (fields.get(field) ?? 0) + 1);
      increments.set(key, fields);
    };
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as BetrokkeneEvent;
      const gemeente = recorded.metadata.gemeente ?? 'onbekend';
      switch (event.type) {
        case 'BetrokkeneGeregistreerd':
          count(context.key(gemeente, jaarVan(event.registratiedatum)), `geregistreerd:${event.soort}`);
          break;
        case 'PersoonsgegevensVerwijderd':
          count(context.key(gemeente, jaarVan(event.verwijderdOp)), `verwijderd:${event.reden}`);
          break;
        default: {
          const unhandled: never = event;
          throw new Error(`betrokkenen.telling.v1 does not handle ${JSON.stringify(unhandled)}`);
        }
      }
    }
    for (const [key, fields] of increments) {
      for (const [field, increment] of fields) context.multi.hincrby(key, field, increment);
    }
  },
});

export interface BetrokkenenTelling {
  readonly gemeente: string;
  readonly jaar: number;
  readonly geregistreerd: { readonly persoon: number; readonly bedrijf: number; readonly totaal: number };
  readonly persoonsgegevensVerwijderd: { readonly 'avg-artikel-17': number; readonly 'bewaartermijn-verstreken': number; readonly totaal: number };
}

export async function leesBetrokkenenTelling(redis: Redis, keyPrefix: string, gemeente: string, jaar: number): Promise<BetrokkenenTelling> {
  const fields = await redis.hgetall(`${projectionKeyPrefix(keyPrefix, betrokkenenTelling.name)}${gemeente}:${jaar}`);
  const count = (field: string): number => Number(fields[field] ?? 0);
  const persoon = count('geregistreerd:persoon');
  const bedrijf = count('geregistreerd:bedrijf');
  const avg = count('verwijderd:avg-artikel-17');
  const bewaartermijn = count('verwijderd:bewaartermijn-verstreken');
  return {
    gemeente,
    jaar,
    geregistreerd: { persoon, bedrijf, totaal: persoon + bedrijf },
    persoonsgegevensVerwijderd: { 'avg-artikel-17': avg, 'bewaartermijn-verstreken': bewaartermijn, totaal: avg + bewaartermijn },
  };
}

function jaarVan(datum: string): string {
  return datum.slice(0, 4);
}
