import { kamerverhuurtrajectContext, kamerverhuurvergunningContext, TRAJECT_EVENT_TYPES, VERGUNNING_EVENT_TYPES, type TrajectEvent, type VergunningEvent } from '@handhaving/domain-kamerverhuur';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { evolveKamerverhuurWerkvoorraad, openAanvraag, werkvoorraadTraject, type KamerverhuurDossier } from './kamerverhuur-werkvoorraad.evolve';

/*
 * The kamerverhuur werkvoorraad of a gemeente: every open handhavingstraject with its next step
 * and the date it waits for, and every aanvraag not yet decided with its beslistermijn. A traject
 * leaves it when closed, an aanvraag when decided. Per case the record of
 * kamerverhuur-werkvoorraad.evolve.ts; the question is in kamerverhuur-werkvoorraad.vragen.ts.
 *
 * Key layout (under `{keyPrefix}kamerverhuur.werkvoorraad.v1:`):
 * - `toestand:{gemeente}`  hash: zaakId -> JSON `KamerverhuurDossier` (the domain's state, the last step)
 * - `trajecten:{gemeente}` hash: zaakId -> JSON `WerkvoorraadTraject`, the open trajecten
 * - `aanvragen:{gemeente}` hash: zaakId -> JSON `OpenAanvraag`, the aanvragen not yet decided
 * - `zaak-gemeente`        hash: zaakId -> gemeente
 *
 * Subscribed to the traject's and the permit's event types on their streams only.
 */

export const KAMERVERHUUR_WERKVOORRAAD_PROJECTIE = 'kamerverhuur.werkvoorraad.v1';

export const kamerverhuurWerkvoorraadProjectie = defineProjection({
  name: KAMERVERHUUR_WERKVOORRAAD_PROJECTIE,
  filter: {
    eventTypes: [...new Set([...TRAJECT_EVENT_TYPES, ...VERGUNNING_EVENT_TYPES])],
    streamPrefixes: [kamerverhuurtrajectContext.streamPrefix, kamerverhuurvergunningContext.streamPrefix],
  },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const dossiers = new BatchRecords<KamerverhuurDossier>(context, 'zaak-gemeente', 'toestand');
    await dossiers.preload(zaakIdsIn(events));
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as TrajectEvent | VergunningEvent;
      const streamSoort = recorded.streamId.startsWith(kamerverhuurtrajectContext.streamPrefix) ? 'traject' : 'vergunning';
      const voor = await dossiers.get(event.zaakId);
      const na = evolveKamerverhuurWerkvoorraad(voor, event, streamSoort);
      if (na === null || na === voor) continue;
      if (voor === null) dossiers.add(event.zaakId, na.toestand.zaak.gemeente, na);
      else dossiers.set(event.zaakId, na);
    }
    dossiers.write();
    for (const { zaakId, group, record } of dossiers.changedRecords()) {
      const [lijst, open] =
        record.soort === 'traject' ? (['trajecten', werkvoorraadTraject(record.toestand, record.laatsteStap)] as const) : (['aanvragen', openAanvraag(record.toestand, record.laatsteStap)] as const);
      if (open === undefined) context.multi.hdel(context.key(lijst, group), zaakId);
      else context.multi.hset(context.key(lijst, group), zaakId, JSON.stringify(open));
    }
  },
});
