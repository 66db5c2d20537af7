import { DAMOCLES_STREAM_PREFIX, type DamoclesEvent } from '@handhaving/domain-damocles';
import { PAND_KOPPELING_STREAM_PREFIX, type PandKoppelingEvent } from '@handhaving/domain-panden';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { jaarVan, schrijfPerJaar } from '../shared/per-jaar';
import { evolveCijferZaak, type CijferZaak } from './cijfers.evolve';
import { FEITEN_EN_AFLOOP } from './feiten-en-afloop.events';
import { legKoppelingVast, PAND_KOPPELING_EVENTS } from './pand-koppelingen';

/*
 * The Damocles table of the Uitvoeringsplan (counting rules: docs/cijfers.md): per gemeente and
 * period, sluitingsbesluiten and waarschuwingen by heaviest category, rapportages ontvangen and
 * recidive, each cell with the cases behind it, as known now or as known on a date. Per case the
 * record of cijfers.evolve.ts (bitemporal: its facts and besluiten only grow in number); the
 * questions are in cijfers.vragen.ts.
 *
 * Key layout (under `{keyPrefix}damocles.cijfers.v3:`):
 * - `gemeente:{gemeente}`             hash: zaakId -> JSON `CijferZaak` (every case of the gemeente, bitemporal)
 * - `gemeente:{gemeente}:jaar:{JJJJ}` hash: the same records, filed under every year one of their
 *                                     dates falls in (any version's ontvangst- or constateringsdatum,
 *                                     any besluit's datum), so that a question about a year reads
 *                                     that year and the recidive window before it, not the
 *                                     gemeente's whole history (the figures stay as fast after
 *                                     twenty years as after one)
 * - `zaak-gemeente`                   hash: zaakId -> gemeente (later events of a case carry only the zaakId)
 * - `koppeling`, `bag-adressen:{bagSleutel}`: the links between addresses and BAG ids, in the
 *                                     layout the recidive read model keeps its own (pand-koppelingen.ts)
 *
 * A record's dates only ever grow in number, so a record is filed under every year it ever
 * touched and a year's hash always holds the record's latest state. A query reads the hashes of
 * the years it needs and filters them by domain dates and recorded-at: no replay of the log.
 *
 * Rule 5 groups finds into panden the way the recidive check does (pand-koppelingen.ts): each
 * case's key in today's normal form ("12 a" and "12-A" are one address), and an address and a
 * BAG id as one pand once their link was recorded — as known now, every link; as known on a
 * date, only the links recorded by then.
 *
 * Rule 7: a sluitingsbesluit revoked on bezwaar (`BeslissingOpBezwaarGenomen`, gegrond, gevolg
 * herroepen) or vernietigd by the rechtbank on beroep (`UitspraakOpBeroepGedaan`) still went out: the Uitvoeringsplan counts "daadwerkelijk uitgegane" besluiten, so
 * it keeps counting in the year of its `datum`, marked "later herroepen" (`laterHerroepen` beside
 * the cell) from the moment the revocation was recorded. As known on 31-12-2020, a 2020 closure
 * revoked in 2021 counts and is not marked; as known now it counts in 2020 and is marked. A
 * closure revoked in the same year it was taken is no different: it went out, so it counts,
 * marked — a council member reading "12 sluitingsbesluiten, waarvan 1 later herroepen" learns
 * both what the burgemeester decided and what held. Only a correction of the facts
 * (`FeitenGecorrigeerd`: another category or date) moves a case to another cell or year as known now.
 *
 * Subscribed by stream prefix as well as event type: other contexts record a
 * `BeslissingOpBezwaarGenomen` too, and a zaakId is unique only within its context (both APIs
 * accept a chosen UUID), so a dwangsom case's revocation could otherwise mark a Damocles closure.
 * What is stored did not change with rule 7 (a revocation was always kept as a besluit of its
 * own; only the query reads it differently). v3 stores each case's pand key in today's normal
 * form and the links of addresses to BAG ids: a rebuild.
 */

export const CIJFERS_PROJECTIE = 'damocles.cijfers.v3';

export const damoclesCijfersProjectie = defineProjection({
  name: CIJFERS_PROJECTIE,
  filter: { eventTypes: [...FEITEN_EN_AFLOOP, ...PAND_KOPPELING_EVENTS], streamPrefixes: [DAMOCLES_STREAM_PREFIX, PAND_KOPPELING_STREAM_PREFIX] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const zaken = new BatchRecords<CijferZaak>(context, 'zaak-gemeente', 'gemeente');
    await zaken.preload(zaakIdsIn(events));
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as DamoclesEvent | PandKoppelingEvent;
      if (event.type === 'AdresAanPandGekoppeld') {
        legKoppelingVast(context, event, recorded.metadata.recordedAt);
        continue;
      }
      const voor = await zaken.get(event.zaakId);
      const na = evolveCijferZaak(voor, event, recorded.metadata);
      if (na === null || na === voor) continue;
      if (voor === null) zaken.add(event.zaakId, na.gemeente, na);
      else zaken.set(event.zaakId, na);
    }
    zaken.write();
    schrijfPerJaar(context, 'gemeente', zaken, jarenVan);
  },
});

/** Every year one of the case's dates falls in, in any version of its facts and any besluit. */
function jarenVan(zaak: CijferZaak): number[] {
  return [...zaak.feiten.flatMap((f) => [f.ontvangstdatum, f.constateringsdatum]), ...zaak.besluiten.map((b) => b.datum)].map(jaarVan);
}
