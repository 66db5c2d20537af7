import { kamerverhuurtrajectContext, kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { jaarVan, schrijfPerJaar } from '../shared/per-jaar';
import { evolveKamerverhuurCijfers, KAMERVERHUUR_CIJFER_EVENTS, type KamerverhuurCijferEvent, type KamerverhuurCijferZaak } from './kamerverhuur-cijfers.evolve';

/*
 * The kamerverhuur figures per gemeente and period (docs: kamerverhuur.md, "Figures"):
 * aanschrijvingen, handhavingstrajecten by soort and resultaat, juridische procedures, permits
 * granted, refused, revoked and lapsed; each cell with the panden behind it. The record of a case
 * (a traject or a permit) is folded in kamerverhuur-cijfers.evolve.ts; the question and its
 * counting rules are in kamerverhuur-cijfers.vragen.ts.
 *
 * Key layout (under `{keyPrefix}kamerverhuur.cijfers.v1:`):
 * - `gemeente:{gemeente}`             hash: zaakId -> JSON `KamerverhuurCijferZaak`
 * - `gemeente:{gemeente}:jaar:{JJJJ}` hash: the same records, filed under every year one of their
 *                                     dates falls in, and every year a traject or a procedure of
 *                                     theirs ran through (it counts as open at the end of those years)
 * - `gemeente:{gemeente}:open`        hash: the records of a traject or with a procedure still open,
 *                                     read by every question (their later years are not known yet)
 * - `zaak-gemeente`                   hash: zaakId -> gemeente
 *
 * Subscribed to the traject's and the permit's streams only (the register has its own read model).
 */

export const KAMERVERHUUR_CIJFERS_PROJECTIE = 'kamerverhuur.cijfers.v1';

export const kamerverhuurCijfersProjectie = defineProjection({
  name: KAMERVERHUUR_CIJFERS_PROJECTIE,
  filter: { eventTypes: KAMERVERHUUR_CIJFER_EVENTS, streamPrefixes: [kamerverhuurtrajectContext.streamPrefix, kamerverhuurvergunningContext.streamPrefix] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const zaken = new BatchRecords<KamerverhuurCijferZaak>(context, 'zaak-gemeente', 'gemeente');
    await zaken.preload(zaakIdsIn(events));
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as KamerverhuurCijferEvent;
      const voor = await zaken.get(event.zaakId);
      const na = evolveKamerverhuurCijfers(voor, event, recorded.metadata.recordedAt);
      if (na === null || na === voor) continue;
      if (voor === null) zaken.add(event.zaakId, na.gemeente, na);
      else zaken.set(event.zaakId, na);
    }
    zaken.write();
    schrijfPerJaar(context, 'gemeente', zaken, jarenVan);
    for (const { zaakId, group, record } of zaken.changedRecords()) {
      if (isOpen(record)) context.multi.hset(context.key('gemeente', group, 'open'), zaakId, JSON.stringify(record));
      else context.multi.hdel(context.key('gemeente', group, 'open'), zaakId);
    }
  },
});

/** A traject not closed, or a procedure not decided: it counts as open at the end of every period after its start. */
export function isOpen(zaak: KamerverhuurCijferZaak): boolean {
  return (zaak.soort === 'traject' && zaak.afgesloten === undefined) || zaak.procedures.some((p) => p.afgerond === undefined);
}

/** Every year holding a date the figures count by, and every year a traject or a procedure ran through. */
export function jarenVan(zaak: KamerverhuurCijferZaak): number[] {
  const eigen =
    zaak.soort === 'traject'
      ? [zaak.gestart.datum, ...zaak.aanschrijvingen.map((a) => a.datum), ...(zaak.afgesloten ? [zaak.afgesloten.datum] : [])]
      : [zaak.aangevraagd.datum, ...zaak.besluiten.flatMap((b) => [b.datum, ...(b.herroepen ? [b.herroepen.datum] : [])]), ...(zaak.vervallen ? [zaak.vervallen.datum] : [])];
  const jaren = eigen.map(jaarVan);
  const looptijden = zaak.procedures.map((p) => [p.ingesteld.datum, p.afgerond?.datum ?? p.ingesteld.datum]);
  if (zaak.soort === 'traject') looptijden.push([zaak.gestart.datum, zaak.afgesloten?.datum ?? zaak.gestart.datum]);
  for (const [van, tot] of looptijden) for (let jaar = jaarVan(van); jaar <= jaarVan(tot); jaar++) jaren.push(jaar);
  return jaren;
}
