import type { DamoclesEvent } from '@handhaving/domain-damocles';
import { PAND_KOPPELING_STREAM_PREFIX, type PandKoppelingEvent } from '@handhaving/domain-panden';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { FEITEN_EN_AFLOOP } from './feiten-en-afloop.events';
import { legKoppelingVast, PAND_KOPPELING_EVENTS } from './pand-koppelingen';
import { evolveRecidive, type VondstRecord } from './recidive.evolve';

/*
 * Recidive (docs/damocles.md): "A find is recidive when an earlier find in the same pand has a
 * constateringsdatum within the policy window before this one (Kerkrade: 36 months since 2020,
 * 24 before). Earlier warnings count; findings that led to no measure count only where the
 * policy says so. The recidive check must be answerable for any pand at any date ("what did we
 * know on that day"), and must show which earlier cases it found."
 *
 * Key layout (under `{keyPrefix}damocles.recidive.v2:`):
 * - `pand:{pandSleutel}`         hash: zaakId -> JSON `VondstRecord` (every find in that pand, bitemporal)
 * - `zaak-pand`                  hash: zaakId -> pandSleutel (later events of a case carry only the zaakId)
 * - `koppeling`, `bag-adressen:{bagSleutel}`: the links between addresses and BAG ids (pand-koppelingen.ts)
 *
 * A find is stored under the key its case recorded (`pand.sleutel`), in today's normal form
 * (`normalePandSleutel`: `adres:6461AB-12--A` of an older version is `adres:6461AB-12-A`):
 * `bag:{adresseerbaarObjectId}` or `adres:{postcode}-{huisnummer}…`. An address and a BAG id of
 * the same premises are two keys until a medewerker links them (`AdresAanPandGekoppeld`,
 * @handhaving/domain-panden); from the moment the link is recorded, a question about either key
 * reads the finds under the BAG id and every address linked to it, whether those finds were
 * recorded before or after the link. Asked as known on an earlier moment, a link recorded after
 * it is not there: the finds stay apart, as they were then. This read model never guesses a link.
 * Which keys are one pand is decided in pand-koppelingen.ts, shared with the figures' recidive row.
 *
 * The record of a find is folded in recidive.evolve.ts (nothing is ever deleted: corrections and
 * outcomes are appended); the question is in recidive.vragen.ts and reads the pand's hashes and
 * filters them: no replay.
 */

export const RECIDIVE_PROJECTIE = 'damocles.recidive.v2';

export const recidive = defineProjection({
  name: RECIDIVE_PROJECTIE,
  // The stream prefix too: dwangsom records a BeslissingOpBezwaarGenomen of its own.
  filter: { eventTypes: [...FEITEN_EN_AFLOOP, ...PAND_KOPPELING_EVENTS], streamPrefixes: ['damocles-', PAND_KOPPELING_STREAM_PREFIX] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const records = new BatchRecords<VondstRecord>(context, 'zaak-pand', 'pand');
    await records.preload(zaakIdsIn(events));
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as DamoclesEvent | PandKoppelingEvent;
      if (event.type === 'AdresAanPandGekoppeld') {
        legKoppelingVast(context, event, recorded.metadata.recordedAt);
        continue;
      }
      const voor = await records.get(event.zaakId);
      const na = evolveRecidive(voor, event, { op: recorded.metadata.recordedAt, gemeente: recorded.metadata.gemeente });
      if (na === null || na === voor) continue;
      if (voor === null) records.add(event.zaakId, na.pandSleutel, na);
      else records.set(event.zaakId, na);
    }
    records.write();
  },
});
