import type { DwangsomEvent } from '@handhaving/domain-dwangsom';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { evolveOpenstaand, OPENSTAAND_EVENTS, type OpenstaandeZaak } from './openstaand.evolve';

/*
 * What each overtreder owes under his lasten onder dwangsom, for the juridisch medewerker who
 * collects it (docs/dwangsom.md): per case the record of openstaand.evolve.ts, filed per overtreder.
 *
 * Key layout (under `{keyPrefix}dwangsom.openstaand.v3:`):
 * - `overtreder:{gemeente}:{overtrederId}`  hash: zaakId -> JSON `OpenstaandeZaak`
 * - `zaak-overtreder`                       hash: zaakId -> `{gemeente}:{overtrederId}`
 * - `overtreders:{gemeente}`                set: the overtreders with a case in the gemeente
 * The overtreder is a betrokkene id: names stay in the betrokkenen context's vault.
 *
 * v2 kept each forfeiture's units (they verjaren one by one, art. 5:35 Awb); v3 keeps only what
 * the units add to a forfeiture, with the verjaringsdatum of its first and last unit
 * (opgeslagen-verbeuring.ts), and leaves out `vervallen: false`.
 */

export const DWANGSOM_OPENSTAAND_PROJECTIE = 'dwangsom.openstaand.v3';

export const dwangsomOpenstaandProjectie = defineProjection({
  name: DWANGSOM_OPENSTAAND_PROJECTIE,
  filter: { eventTypes: OPENSTAAND_EVENTS, streamPrefixes: ['dwangsom-'] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const zaken = new BatchRecords<OpenstaandeZaak>(context, 'zaak-overtreder', 'overtreder');
    await zaken.preload(zaakIdsIn(events));
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as DwangsomEvent;
      const voor = await zaken.get(event.zaakId);
      const na = evolveOpenstaand(voor, event);
      if (na === null || na === voor) continue;
      if (voor !== null) zaken.set(event.zaakId, na);
      else {
        zaken.add(event.zaakId, `${na.gemeente}:${na.overtrederId}`, na);
        context.multi.sadd(context.key('overtreders', na.gemeente), na.overtrederId);
      }
    }
    zaken.write();
  },
});
