import { DAMOCLES_EVENT_TYPES, DAMOCLES_STREAM_PREFIX, type DamoclesEvent } from '@handhaving/domain-damocles';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { evolveWerkvoorraad, werkvoorraadZaak, type WerkvoorraadDossier } from './werkvoorraad.evolve';

/*
 * The werkvoorraad of a gemeente: every Damocles case still open, where it stands and what the
 * juridisch medewerker does next, oldest step first. A case leaves it when it ends (waarschuwing,
 * afzien, sluiting herroepen or vernietigd, pand heropend). Per case the record of
 * werkvoorraad.evolve.ts; the question is in werkvoorraad.vragen.ts.
 *
 * Key layout (under `{keyPrefix}damocles.werkvoorraad.v2:`):
 * - `toestand:{gemeente}`  hash: zaakId -> JSON `{ toestand, laatsteStap }`: the case folded by the
 *                          Damocles decider's own evolve (the state its commands are decided on)
 * - `open:{gemeente}`      hash: zaakId -> JSON `WerkvoorraadZaak`, open cases only: a query reads
 *                          what is open, not the gemeente's history
 * - `zaak-gemeente`        hash: zaakId -> gemeente
 *
 * v2: the stored state is the decider's, and the decider's state grew (a voornemen's zienswijzefase
 * per betrokkene, a closure's spoedeisend): v1's stored states lack it, hence a rebuild.
 *
 * Subscribed to the Damocles event types on the Damocles streams: a reminder the scheduler
 * records on a case's stream is not a step, and another context's events are not this case's.
 */

export const WERKVOORRAAD_PROJECTIE = 'damocles.werkvoorraad.v2';

export const damoclesWerkvoorraadProjectie = defineProjection({
  name: WERKVOORRAAD_PROJECTIE,
  filter: { eventTypes: DAMOCLES_EVENT_TYPES, streamPrefixes: [DAMOCLES_STREAM_PREFIX] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const dossiers = new BatchRecords<WerkvoorraadDossier>(context, 'zaak-gemeente', 'toestand');
    await dossiers.preload(zaakIdsIn(events));
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as DamoclesEvent;
      const voor = await dossiers.get(event.zaakId);
      const na = evolveWerkvoorraad(voor, event);
      if (na === null || na === voor) continue;
      if (voor === null) dossiers.add(event.zaakId, na.toestand.zaak.gemeente, na);
      else dossiers.set(event.zaakId, na);
    }
    dossiers.write();
    for (const { zaakId, group, record } of dossiers.changedRecords()) {
      const zaak = werkvoorraadZaak(record);
      if (zaak === undefined) context.multi.hdel(context.key('open', group), zaakId);
      else context.multi.hset(context.key('open', group), zaakId, JSON.stringify(zaak));
    }
  },
});
