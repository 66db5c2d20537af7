import type { DwangsomEvent } from '@handhaving/domain-dwangsom';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { jaarVan, schrijfPerJaar } from '../shared/per-jaar';
import { DWANGSOM_CIJFER_EVENTS, evolveDwangsomCijfers, type DwangsomCijferZaak } from './dwangsom-cijfers.evolve';

/*
 * The dwangsom figures per gemeente and period (docs/cijfers.md, "The dwangsom figures"): lasten
 * opgelegd by grondslag, forfeitures (count and amount), collected, lasten uitgeput, verjaard
 * (money lost) and objections, each cell with the cases behind it, as known now or as known on a
 * date. The record of a case is folded in dwangsom-cijfers.evolve.ts; the questions are in
 * dwangsom-cijfers.vragen.ts.
 *
 * Key layout (under `{keyPrefix}dwangsom.cijfers.v4:`):
 * - `gemeente:{gemeente}`             hash: zaakId -> JSON `DwangsomCijferZaak`
 * - `gemeente:{gemeente}:jaar:{JJJJ}` hash: the same records, filed under every year one of the
 *                                     dates the figures count by falls in (shared/per-jaar.ts)
 * - `zaak-gemeente`                   hash: zaakId -> gemeente
 * A query reads the hashes of the period's years: no replay of the log, and no reading of the
 * gemeente's other years.
 *
 * v3 kept each forfeiture's units (they verjaren one by one, art. 5:35 Awb); v4 keeps only what
 * the units add to a forfeiture, with the verjaringsdatum of its first and last unit
 * (opgeslagen-verbeuring.ts).
 */

export const DWANGSOM_CIJFERS_PROJECTIE = 'dwangsom.cijfers.v4';

export const dwangsomCijfersProjectie = defineProjection({
  name: DWANGSOM_CIJFERS_PROJECTIE,
  filter: { eventTypes: DWANGSOM_CIJFER_EVENTS, streamPrefixes: ['dwangsom-'] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const zaken = new BatchRecords<DwangsomCijferZaak>(context, 'zaak-gemeente', 'gemeente');
    await zaken.preload(zaakIdsIn(events));
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as DwangsomEvent;
      const voor = await zaken.get(event.zaakId);
      const na = evolveDwangsomCijfers(voor, event, recorded.metadata.recordedAt);
      if (na === null || na === voor) continue;
      if (voor === null) zaken.add(event.zaakId, na.gemeente, na);
      else zaken.set(event.zaakId, na);
    }
    zaken.write();
    schrijfPerJaar(context, 'gemeente', zaken, jarenVan);
  },
});

/**
 * Every year holding a date the figures count by (rules 1–6): besluit, uitgeput, forfeiture, the
 * day after the verjaring of each unit (every year from the first unit's to the last one's),
 * payment, objection.
 */
function jarenVan(zaak: DwangsomCijferZaak): number[] {
  const jaren = [
    ...(zaak.last ? [zaak.last.datum] : []),
    ...(zaak.uitgeput ? [zaak.uitgeput.op] : []),
    ...zaak.verbeuringen.map((v) => v.verbeurdOp),
    ...zaak.betalingen.map((b) => b.betaaldatum),
    ...zaak.bezwaren.map((b) => b.ontvangstdatum),
  ].map(jaarVan);
  for (const v of zaak.verbeuringen) {
    const eerste = jaarVanDeDagNa(v.verjaringsdatum);
    const laatste = v.eenheden === undefined ? eerste : jaarVanDeDagNa(v.eenheden.laatsteVerjaring);
    for (let jaar = eerste; jaar <= laatste; jaar++) jaren.push(jaar);
  }
  return jaren;
}

/** The year of the day after `datum`: money is lost the day after its verjaringsdatum. */
function jaarVanDeDagNa(datum: string): number {
  return jaarVan(datum) + (datum.endsWith('-12-31') ? 1 : 0);
}
