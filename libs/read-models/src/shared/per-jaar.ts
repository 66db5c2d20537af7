import type { ProjectionContext } from '@handhaving/projections';
import type { Redis } from 'ioredis';
import type { BatchRecords } from './batch-records';

/*
 * Figures per gemeente and year stay as fast after twenty years as after one when a question
 * about a year reads that year, not the gemeente's whole history. A read model that keeps one
 * record per case (bitemporal: its facts only ever grow in number) also files the record under
 * every year one of its dates falls in, as `{group}:jaar:{JJJJ}`. Since the dates only grow, a
 * year's hash always holds the record's latest state, and a year once touched keeps the record.
 */

/** Queues the batch's changed records into the hash of every year they touch; after `records.write()`. */
export function schrijfPerJaar<R>(context: ProjectionContext, groupName: string, records: BatchRecords<R>, jarenVan: (record: R) => Iterable<number>): void {
  for (const { zaakId, group, record } of records.changedRecords()) {
    const json = JSON.stringify(record);
    for (const jaar of new Set(jarenVan(record))) context.multi.hset(context.key(groupName, group, 'jaar', jaar), zaakId, json);
  }
}

/**
 * The records filed under the years `van..tot` of one group (`basis` is the group's key, e.g.
 * `{prefix}damocles.cijfers.v2:gemeente:GM0928`), in one round trip; a record filed under several
 * of these years, or already in `gezien`, comes once. Adds what it returns to `gezien`.
 */
export async function leesPerJaar<R extends { readonly zaakId: string }>(redis: Redis, basis: string, van: number, tot: number, gezien = new Set<string>()): Promise<R[]> {
  if (tot < van) return [];
  const pipeline = redis.pipeline();
  for (let jaar = van; jaar <= tot; jaar++) pipeline.hvals(`${basis}:jaar:${jaar}`);
  const records: R[] = [];
  for (const [error, values] of (await pipeline.exec()) ?? []) {
    if (error) throw error;
    for (const json of values as string[]) {
      const record = JSON.parse(json) as R;
      if (gezien.has(record.zaakId)) continue;
      gezien.add(record.zaakId);
      records.push(record);
    }
  }
  return records;
}

/** The year of a date `JJJJ-MM-DD`. */
export function jaarVan(datum: string): number {
  return Number(datum.slice(0, 4));
}
