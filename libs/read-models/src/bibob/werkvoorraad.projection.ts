import { BIBOB_EVENT_TYPES, BIBOB_STREAM_PREFIX, type BibobEvent } from '@handhaving/domain-bibob';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { dagnummer } from '../termijnen/deadline-vragen';
import { evolveWerkvoorraadToets, werkvoorraadToets, type ToetsDossier } from './werkvoorraad.evolve';

/*
 * The Bibob werkvoorraad of a gemeente: every toets still open, where it stands and what comes
 * next, the longest waiting first. A toets leaves it when closed without besluit; a besloten one
 * stays while bezwaar or beroep runs, or its term is awaited. Per toets the record of
 * werkvoorraad.evolve.ts; the question is in werkvoorraad.vragen.ts.
 *
 * A besloten toets that only awaits its bezwaartermijn or beroepstermijn is filed apart, by the
 * day that term ends: the work list of a day reads what needs a step and the terms not yet
 * passed, so it does not grow with twenty years of decided toetsen.
 *
 * Key layout (under `{keyPrefix}bibob.werkvoorraad.v1:`):
 * - `toestand:{gemeente}`  hash: zaakId -> JSON `{ toestand, laatsteStap }` (the decider's state)
 * - `open:{gemeente}`      hash: zaakId -> JSON `WerkvoorraadToets`, the toetsen that need a step
 * - `wacht:{gemeente}`     hash: zaakId -> JSON `WerkvoorraadToets`, besloten toetsen awaiting a term only
 * - `wacht-tot:{gemeente}` sorted set: the same zaakIds, score = day number of `wachtTot`
 * - `zaak-gemeente`        hash: zaakId -> gemeente
 *
 * Subscribed to the Bibob event types on the Bibob streams only.
 */

export const BIBOB_WERKVOORRAAD_PROJECTIE = 'bibob.werkvoorraad.v1';

export const bibobWerkvoorraadProjectie = defineProjection({
  name: BIBOB_WERKVOORRAAD_PROJECTIE,
  filter: { eventTypes: BIBOB_EVENT_TYPES, streamPrefixes: [BIBOB_STREAM_PREFIX] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const dossiers = new BatchRecords<ToetsDossier>(context, 'zaak-gemeente', 'toestand');
    await dossiers.preload(zaakIdsIn(events));
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as BibobEvent;
      const voor = await dossiers.get(event.zaakId);
      const na = evolveWerkvoorraadToets(voor, event);
      if (na === null || na === voor) continue;
      if (voor === null) dossiers.add(event.zaakId, na.toestand.zaak.gemeente, na);
      else dossiers.set(event.zaakId, na);
    }
    dossiers.write();
    for (const { zaakId, group, record } of dossiers.changedRecords()) {
      const toets = werkvoorraadToets(record);
      const wacht = toets?.alleenTermijn === true && toets.wachtTot !== undefined ? toets.wachtTot : undefined;
      if (toets === undefined || wacht !== undefined) context.multi.hdel(context.key('open', group), zaakId);
      else context.multi.hset(context.key('open', group), zaakId, JSON.stringify(toets));
      if (toets !== undefined && wacht !== undefined) {
        context.multi.hset(context.key('wacht', group), zaakId, JSON.stringify(toets));
        context.multi.zadd(context.key('wacht-tot', group), dagnummer(wacht), zaakId);
      } else {
        context.multi.hdel(context.key('wacht', group), zaakId);
        context.multi.zrem(context.key('wacht-tot', group), zaakId);
      }
    }
  },
});
