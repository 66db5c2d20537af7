import { kamerverhuurregisterContext, REGISTER_EVENT_TYPES, type RegisterEvent } from '@handhaving/domain-kamerverhuur';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { blok, einde, evolveRegisterPand, tijdlijn, type RegisterPand, type Tijdlijn } from './register.evolve';

/*
 * The kamerverhuur register on dates (issue 14, item 1; docs in register.vragen.ts): per gemeente
 * the table "aantal panden, per stand, vergund, afgevoerd since" on any dates, as known now or as
 * known on a day, each cell with the panden behind it. Per pand the record of register.evolve.ts
 * (its opname, changes and corrections with the day each took effect and was recorded).
 *
 * Key layout (under `{keyPrefix}kamerverhuur.register.v2:`):
 * - `gemeente:{gemeente}`           hash: zaakId -> JSON `RegisterPand` (this projection's own copy)
 * - `gemeente:{gemeente}:blokken`   hash: block -> JSON array of the compact timelines (`tijdlijn`)
 *                                   of its panden. A pand is filed by its `einde` (`blok`): while it
 *                                   is on the list as known now (einde +inf) in one of 32 blocks
 *                                   `open:{0..31}` by a hash of its zaakId; else in the block of the
 *                                   month (JJJJMM) of the last day one of its events took effect or
 *                                   was recorded. The question reads the open blocks and the months
 *                                   from its earliest day's month on: some tens of values of some
 *                                   KB, not thousands of members (the largest gemeente's 3,500).
 * - `gemeente:{gemeente}:maanden`   sorted set: the month blocks present, JJJJMM scored by itself
 *                                   (which months a question from a day must read)
 * - `gemeente:{gemeente}:einde`     sorted set: zaakId scored by its einde (JJJJMMDD), the panden
 *                                   no longer open only: the question counts those before its
 *                                   earliest day (ZCOUNT), without reading them, so the table costs
 *                                   what the gemeente's register holds now and since the dates
 *                                   asked, not its whole history.
 * - `zaak-gemeente`                 hash: zaakId -> gemeente (later events carry only the zaakId)
 *
 * A batch loads the blocks its changed panden were and are filed in (one HMGET per gemeente, one
 * round trip), moves or replaces their timelines in memory and writes each touched block once in
 * the batch's MULTI; a block left empty is deleted with its month.
 *
 * Idempotent: each record keeps the stream revision of the last event it applied; an event at
 * or before it (a replay) changes nothing.
 */

export const KAMERVERHUUR_REGISTER_PROJECTIE = 'kamerverhuur.register.v2';

/** Block names `open:…` are not months (register.evolve.ts, `blok`). */
const isMaand = (naam: string): boolean => !naam.startsWith('open:');

interface Verplaatsing {
  readonly zaakId: string;
  readonly van: string | null;
  readonly naar: string;
  readonly tijdlijn: Tijdlijn;
  readonly einde: number;
}

export const kamerverhuurRegisterProjectie = defineProjection({
  name: KAMERVERHUUR_REGISTER_PROJECTIE,
  filter: { eventTypes: REGISTER_EVENT_TYPES, streamPrefixes: [kamerverhuurregisterContext.streamPrefix] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const panden = new BatchRecords<RegisterPand>(context, 'zaak-gemeente', 'gemeente');
    await panden.preload(zaakIdsIn(events));
    /** Each changed pand's block as filed before this batch (null: not filed yet). */
    const eerder = new Map<string, string | null>();
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as RegisterEvent;
      const voor = await panden.get(event.zaakId);
      const na = evolveRegisterPand(voor, event, recorded.streamRevision);
      if (na === null || na === voor) continue;
      if (!eerder.has(na.zaakId)) eerder.set(na.zaakId, voor === null ? null : blok(voor.zaakId, einde(voor)));
      if (voor === null) panden.add(na.zaakId, na.gemeente, na);
      else panden.set(na.zaakId, na);
    }
    panden.write();

    const perGemeente = new Map<string, Verplaatsing[]>();
    for (const { zaakId, group, record } of panden.changedRecords()) {
      const e = einde(record);
      const lijst = perGemeente.get(group) ?? [];
      lijst.push({ zaakId, van: eerder.get(zaakId) ?? null, naar: blok(zaakId, e), tijdlijn: tijdlijn(record, e), einde: e });
      perGemeente.set(group, lijst);
    }
    if (perGemeente.size === 0) return;

    const gemeenten = [...perGemeente];
    const pipeline = context.redis.pipeline();
    const velden = gemeenten.map(([gemeente, lijst]) => {
      const namen = [...new Set(lijst.flatMap((v) => (v.van === null ? [v.naar] : [v.van, v.naar])))];
      pipeline.hmget(context.key('gemeente', gemeente, 'blokken'), ...namen);
      return namen;
    });
    const antwoorden = (await pipeline.exec()) ?? [];

    gemeenten.forEach(([gemeente, lijst], g) => {
      const [fout, waarden] = antwoorden[g] ?? [new Error('no reply')];
      if (fout) throw fout;
      const namen = velden[g] as string[];
      const blokken = new Map<string, Tijdlijn[]>(namen.map((naam, i) => [naam, typeof (waarden as unknown[])[i] === 'string' ? (JSON.parse((waarden as string[])[i] as string) as Tijdlijn[]) : []]));
      for (const { zaakId, van, naar, tijdlijn: nieuw } of lijst) {
        const doel = blokken.get(naar) as Tijdlijn[];
        if (van !== null && van !== naar) {
          const bron = blokken.get(van) as Tijdlijn[];
          const plek = bron.findIndex((t) => t[1] === zaakId);
          if (plek >= 0) bron.splice(plek, 1);
        }
        const plek = doel.findIndex((t) => t[1] === zaakId);
        if (plek >= 0) doel[plek] = nieuw;
        else doel.push(nieuw);
      }
      const key = (...parts: string[]) => context.key('gemeente', gemeente, ...parts);
      const schrijven: Record<string, string> = {};
      const weg: string[] = [];
      for (const [naam, tijdlijnen] of blokken) {
        if (tijdlijnen.length > 0) schrijven[naam] = JSON.stringify(tijdlijnen);
        else weg.push(naam);
      }
      if (Object.keys(schrijven).length > 0) context.multi.hset(key('blokken'), schrijven);
      if (weg.length > 0) context.multi.hdel(key('blokken'), ...weg);
      const maanden = Object.keys(schrijven).filter(isMaand);
      if (maanden.length > 0) context.multi.zadd(key('maanden'), ...maanden.flatMap((m) => [m, m]));
      const legeMaanden = weg.filter(isMaand);
      if (legeMaanden.length > 0) context.multi.zrem(key('maanden'), ...legeMaanden);
      const dicht = lijst.filter((v) => v.einde !== Infinity);
      if (dicht.length > 0) context.multi.zadd(key('einde'), ...dicht.flatMap((v) => [v.einde, v.zaakId]));
      const open = lijst.filter((v) => v.einde === Infinity && v.van !== null && isMaand(v.van));
      if (open.length > 0) context.multi.zrem(key('einde'), ...open.map((v) => v.zaakId));
    });
  },
});
