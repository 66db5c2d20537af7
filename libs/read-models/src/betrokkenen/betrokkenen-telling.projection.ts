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
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as BetrokkeneEvent;
      const gemeente = recorded.metadata.gemeente ?? 'onbekend';
      switch (event.type) {
        case 'BetrokkeneGeregistreerd':
          context.multi.hincrby(tellingKey(context, gemeente, jaarVan(event.registratiedatum)), `geregistreerd:${event.soort}`, 1);
          break;
        case 'PersoonsgegevensVerwijderd':
          context.multi.hincrby(tellingKey(context, gemeente, jaarVan(event.verwijderdOp)), `verwijderd:${event.reden}`, 1);
          break;
        default: {
          const unhandled: never = event;
          throw new Error(`betrokkenen.telling.v1 does not handle ${JSON.stringify(unhandled)}`);
        }
      }
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

function tellingKey(context: ProjectionContext, gemeente: string, jaar: string): string {
  return context.key(gemeente, jaar);
}

function jaarVan(datum: string): string {
  return datum.slice(0, 4);
}
