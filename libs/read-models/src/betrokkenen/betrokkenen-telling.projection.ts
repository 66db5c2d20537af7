import { betrokkeneStreamId, type BetrokkeneEvent } from '@handhaving/domain-betrokkenen';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BETROKKENEN_TELLING_EVENTS, evolveBetrokkenenTelling, telPeriode, type BetrokkenenTellers } from './betrokkenen-telling.evolve';

/*
 * Betrokkenen registered and erased per gemeente and year: a figure that must not change when a
 * person's data is erased (only the erasure count moves). It holds counts only, never data: per
 * gemeente and year the counters of betrokkenen-telling.evolve.ts; the question is in
 * betrokkenen-telling.vragen.ts.
 *
 * Key layout (under `{keyPrefix}betrokkenen.telling.v1:`):
 * - `{gemeente}:{JJJJ}`  hash: `geregistreerd:{soort}` | `verwijderd:{reden}` -> count
 *
 * Subscribed by stream prefix as well as event type: only a betrokkene's own stream counts.
 */

export const betrokkenenTelling = defineProjection({
  name: 'betrokkenen.telling.v1',
  filter: { eventTypes: BETROKKENEN_TELLING_EVENTS, streamPrefixes: [betrokkeneStreamId('')] },
  handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    // The batch's counters, folded from none per key, are added to the stored ones: one HINCRBY
    // per key and counter, not one per event. Counts add up, so this is the fold over the whole log.
    const perSleutel = new Map<string, BetrokkenenTellers>();
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as BetrokkeneEvent;
      const { gemeente, jaar } = telPeriode(event, recorded.metadata);
      const key = context.key(gemeente, jaar);
      perSleutel.set(key, evolveBetrokkenenTelling(perSleutel.get(key) ?? null, event));
    }
    for (const [key, tellers] of perSleutel) {
      for (const [teller, aantal] of Object.entries(tellers)) context.multi.hincrby(key, teller, aantal);
    }
  },
});
