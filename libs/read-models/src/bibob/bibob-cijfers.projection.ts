import { BIBOB_STREAM_PREFIX, type BibobEvent } from '@handhaving/domain-bibob';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { jaarVan, schrijfPerJaar } from '../shared/per-jaar';
import { BIBOB_CIJFER_EVENTS, evolveBibobCijfers, type BibobCijferToets } from './bibob-cijfers.evolve';

/*
 * The Bibob figures per gemeente and period (docs/bibob.md, "Figures"): toetsen gestart by reason
 * and aanvraagtype, afgerond, LBB advices asked and received, outcomes, and how long suspensions
 * lasted; each cell with the toetsen behind it, as known now or as known on a date. The record of
 * a toets is folded in bibob-cijfers.evolve.ts; the questions are in bibob-cijfers.vragen.ts.
 *
 * Key layout (under `{keyPrefix}bibob.cijfers.v1:`):
 * - `gemeente:{gemeente}`             hash: zaakId -> JSON `BibobCijferToets`
 * - `gemeente:{gemeente}:jaar:{JJJJ}` hash: the same records, filed under every year one of the
 *                                     dates the figures count by falls in (shared/per-jaar.ts)
 * - `zaak-gemeente`                   hash: zaakId -> gemeente
 */

export const BIBOB_CIJFERS_PROJECTIE = 'bibob.cijfers.v1';

export const bibobCijfersProjectie = defineProjection({
  name: BIBOB_CIJFERS_PROJECTIE,
  filter: { eventTypes: BIBOB_CIJFER_EVENTS, streamPrefixes: [BIBOB_STREAM_PREFIX] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const toetsen = new BatchRecords<BibobCijferToets>(context, 'zaak-gemeente', 'gemeente');
    await toetsen.preload(zaakIdsIn(events));
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as BibobEvent;
      const voor = await toetsen.get(event.zaakId);
      const na = evolveBibobCijfers(voor, event, recorded.metadata.recordedAt);
      if (na === null || na === voor) continue;
      if (voor === null) toetsen.add(event.zaakId, na.gemeente, na);
      else toetsen.set(event.zaakId, na);
    }
    toetsen.write();
    schrijfPerJaar(context, 'gemeente', toetsen, jarenVan);
  },
});

/** Every year holding a date the figures count by: start, besluit, closing, each request and each answer. */
function jarenVan(toets: BibobCijferToets): number[] {
  return [
    toets.gestart.startdatum,
    ...(toets.besluit ? [toets.besluit.datum] : []),
    ...(toets.afgesloten ? [toets.afgesloten.datum] : []),
    ...toets.opschortingen.flatMap((o) => [o.gevraagdOp, ...(o.ontvangen ? [o.ontvangen.op] : [])]),
  ].map(jaarVan);
}
