import { kamerverhuurregisterContext, REGISTER_EVENT_TYPES, type RegisterEvent } from '@handhaving/domain-kamerverhuur';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { einde, evolveRegisterPand, tijdlijn, type RegisterPand } from './register.evolve';

/*
 * The kamerverhuur register on dates (issue 14, item 1; docs in register.vragen.ts): per gemeente
 * the table "aantal panden, per stand, vergund, afgevoerd since" on any dates, as known now or as
 * known on a day, each cell with the panden behind it. Per pand the record of register.evolve.ts
 * (its opname, changes and corrections with the day each took effect and was recorded).
 *
 * Key layout (under `{keyPrefix}kamerverhuur.register.v1:`):
 * - `gemeente:{gemeente}`             hash: zaakId -> JSON `RegisterPand` (this projection's own copy)
 * - `gemeente:{gemeente}:tijdlijnen`  sorted set: the pand's compact timeline (`tijdlijn`), scored by
 *                                     its `einde`: +inf while it is on the list as known now, else
 *                                     the last day (JJJJMMDD) one of its events took effect or was
 *                                     recorded. The question reads the members from its earliest
 *                                     day on in one reply and only counts those before it: a pand
 *                                     afgevoerd years ago is not read for a recent date, so the
 *                                     table costs what the gemeente's register holds now and since
 *                                     the dates asked, not its whole history.
 * - `zaak-gemeente`                   hash: zaakId -> gemeente (later events carry only the zaakId)
 *
 * Idempotent: each record keeps the stream revision of the last event it applied; an event at
 * or before it (a replay) changes nothing.
 */

export const KAMERVERHUUR_REGISTER_PROJECTIE = 'kamerverhuur.register.v1';

export const kamerverhuurRegisterProjectie = defineProjection({
  name: KAMERVERHUUR_REGISTER_PROJECTIE,
  filter: { eventTypes: REGISTER_EVENT_TYPES, streamPrefixes: [kamerverhuurregisterContext.streamPrefix] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const panden = new BatchRecords<RegisterPand>(context, 'zaak-gemeente', 'gemeente');
    await panden.preload(zaakIdsIn(events));
    /** Each changed pand's timeline as stored before this batch, to take out of the sorted set. */
    const eerder = new Map<string, string | null>();
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as RegisterEvent;
      const voor = await panden.get(event.zaakId);
      const na = evolveRegisterPand(voor, event, recorded.streamRevision);
      if (na === null || na === voor) continue;
      if (!eerder.has(na.zaakId)) eerder.set(na.zaakId, voor === null ? null : tijdlijn(voor));
      if (voor === null) panden.add(na.zaakId, na.gemeente, na);
      else panden.set(na.zaakId, na);
    }
    panden.write();
    for (const { zaakId, group, record } of panden.changedRecords()) {
      const key = context.key('gemeente', group, 'tijdlijnen');
      const oud = eerder.get(zaakId) ?? null;
      const nieuw = tijdlijn(record);
      if (oud !== null && oud !== nieuw) context.multi.zrem(key, oud);
      const score = einde(record);
      context.multi.zadd(key, score === Infinity ? '+inf' : score, nieuw);
    }
  },
});
