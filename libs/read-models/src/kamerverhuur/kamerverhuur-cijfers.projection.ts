import { dwangsomContext, type DwangsomEvent } from '@handhaving/domain-dwangsom';
import { kamerverhuurtrajectContext, kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords } from '../shared/batch-records';
import { jaarVan, schrijfPerJaar } from '../shared/per-jaar';
import {
  DWANGSOMROUTE_CIJFER_EVENTS,
  evolveDwangsomroute,
  evolveKamerverhuurCijfers,
  KAMERVERHUUR_CIJFER_EVENTS,
  type KamerverhuurCijferEvent,
  type KamerverhuurCijferZaak,
} from './kamerverhuur-cijfers.evolve';

/*
 * The kamerverhuur figures per gemeente and period (docs/kamerverhuur.md, "The figures"):
 * aanschrijvingen, handhavingstrajecten by soort and resultaat, juridische procedures, the lasten
 * onder dwangsom of the dwangsom route, permits granted, refused, revoked and lapsed; each cell
 * with the panden behind it. The record of a case (a traject, a permit, or a traject's dwangsom
 * case) is folded in kamerverhuur-cijfers.evolve.ts; the question and its counting rules are in
 * kamerverhuur-cijfers.vragen.ts.
 *
 * Key layout (under `{keyPrefix}kamerverhuur.cijfers.v2:`):
 * - `gemeente:{gemeente}`             hash: zaakId -> JSON `KamerverhuurCijferZaak`
 * - `gemeente:{gemeente}:jaar:{JJJJ}` hash: the same records, filed under every year one of their
 *                                     dates falls in, and every year a traject or a procedure of
 *                                     theirs ran through (it counts as open at the end of those years)
 * - `gemeente:{gemeente}:open`        hash: the records of a traject or with a procedure still open,
 *                                     read by every question (their later years are not known yet)
 * - `zaak-gemeente`                   hash: zaakId -> gemeente, for trajecten, permits and the
 *                                     dwangsom cases of a traject (no other dwangsom case is in it)
 *
 * Subscribed to the traject's and the permit's streams and to the dwangsom cases' (the register
 * has its own read model). A dwangsom case counts only when opened from a kamerverhuur traject
 * this read model holds: its `DwangsomzaakGeopend` is filed with the traject's pand and soort,
 * and its later steps find that record through `zaak-gemeente`. A dwangsom case of any other
 * herkomst is never filed, so its later steps find nothing there and are skipped: they cost a
 * place in the batch's one HMGET, no more. The log's order makes this sound: a traject records
 * its choice of a last onder dwangsom before the process manager opens the case, and a case's
 * opening comes before its other steps.
 *
 * v2 (was v1): the dwangsom cases of trajecten are read, for the dwangsom route's voornemen,
 * last, forfeitures, invorderingsbeschikkingen, bezwaar and beroep.
 */

export const KAMERVERHUUR_CIJFERS_PROJECTIE = 'kamerverhuur.cijfers.v2';

type Stroom = 'kamerverhuur' | 'dwangsom';

const DWANGSOMROUTE_TYPES: ReadonlySet<string> = new Set(DWANGSOMROUTE_CIJFER_EVENTS);

/** The stream kind of an event the figures fold; none for a dwangsom step they do not read (a controle's `OvertredingGeconstateerd`, passed by the shared type filter). */
function stroomVan(recorded: RecordedEvent): Stroom | undefined {
  if (recorded.streamId.startsWith(dwangsomContext.streamPrefix)) return DWANGSOMROUTE_TYPES.has(recorded.type) ? 'dwangsom' : undefined;
  return 'kamerverhuur';
}

export const kamerverhuurCijfersProjectie = defineProjection({
  name: KAMERVERHUUR_CIJFERS_PROJECTIE,
  filter: {
    eventTypes: [...new Set([...KAMERVERHUUR_CIJFER_EVENTS, ...DWANGSOMROUTE_CIJFER_EVENTS])],
    streamPrefixes: [kamerverhuurtrajectContext.streamPrefix, kamerverhuurvergunningContext.streamPrefix, dwangsomContext.streamPrefix],
  },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const gelezen = events.flatMap((recorded) => {
      const stroom = stroomVan(recorded);
      return stroom === undefined ? [] : [{ recorded, stroom, event: { ...(recorded.data as object), type: recorded.type } as KamerverhuurCijferEvent | DwangsomEvent }];
    });
    if (gelezen.length === 0) return;
    const zaken = new BatchRecords<KamerverhuurCijferZaak>(context, 'zaak-gemeente', 'gemeente');
    // The cases themselves, and the traject each dwangsom case of the batch was opened from.
    await zaken.preload(gelezen.flatMap(({ event }) => [event.zaakId, ...(event.type === 'DwangsomzaakGeopend' && event.herkomst?.context === 'kamerverhuur' ? [event.herkomst.zaakId] : [])]));
    for (const { recorded, stroom, event } of gelezen) {
      const voor = await zaken.get(event.zaakId);
      const vastgelegdOp = recorded.metadata.recordedAt;
      let na: KamerverhuurCijferZaak | null;
      if (stroom === 'kamerverhuur') {
        na = evolveKamerverhuurCijfers(voor, event as KamerverhuurCijferEvent, vastgelegdOp);
      } else {
        const dwangsomEvent = event as DwangsomEvent;
        const traject = dwangsomEvent.type === 'DwangsomzaakGeopend' && dwangsomEvent.herkomst?.context === 'kamerverhuur' ? await zaken.get(dwangsomEvent.herkomst.zaakId) : null;
        na = evolveDwangsomroute(voor, dwangsomEvent, vastgelegdOp, traject);
      }
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
  const eigen = eigenDatums(zaak);
  const jaren = eigen.map(jaarVan);
  const looptijden = zaak.procedures.map((p) => [p.ingesteld.datum, p.afgerond?.datum ?? p.ingesteld.datum]);
  if (zaak.soort === 'traject') looptijden.push([zaak.gestart.datum, zaak.afgesloten?.datum ?? zaak.gestart.datum]);
  for (const [van, tot] of looptijden) for (let jaar = jaarVan(van); jaar <= jaarVan(tot); jaar++) jaren.push(jaar);
  return jaren;
}

function eigenDatums(zaak: KamerverhuurCijferZaak): string[] {
  switch (zaak.soort) {
    case 'traject':
      return [zaak.gestart.datum, ...zaak.aanschrijvingen.map((a) => a.datum), ...(zaak.afgesloten ? [zaak.afgesloten.datum] : [])];
    case 'vergunning':
      return [zaak.aangevraagd.datum, ...zaak.besluiten.flatMap((b) => [b.datum, ...(b.herroepen ? [b.herroepen.datum] : [])]), ...(zaak.vervallen ? [zaak.vervallen.datum] : [])];
    case 'dwangsom':
      return [
        ...zaak.aanschrijvingen.map((a) => a.datum),
        ...(zaak.last ? [zaak.last.datum, ...(zaak.last.herroepen ? [zaak.last.herroepen.datum] : [])] : []),
        ...zaak.verbeuringen.map((v) => v.datum),
        ...zaak.invorderingen.flatMap((i) => [i.datum, ...(i.herroepen ? [i.herroepen.datum] : [])]),
      ];
    default: {
      const onbekend: never = zaak;
      return onbekend;
    }
  }
}
