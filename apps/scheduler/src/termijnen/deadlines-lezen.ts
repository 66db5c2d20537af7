import { DEADLINE_SOORTEN, DEADLINES_PROJECTIE, type Deadline } from '@handhaving/read-models';
import { projectionKeyPrefix } from '@handhaving/projections';
import type { Redis } from 'ioredis';

/*
 * Reads of the deadlines read model (`DEADLINES_PROJECTIE`, libs/read-models), the truth the
 * scheduler plans from. Its `termijn` hash holds every term of every case by deadline id.
 */

export function deadlinesHash(keyPrefix: string): string {
  return `${projectionKeyPrefix(keyPrefix, DEADLINES_PROJECTIE)}termijn`;
}

/** The terms of these cases (every kind the read model knows), as far as they exist. */
export async function deadlinesVanZaken(redis: Redis, keyPrefix: string, streamIds: readonly string[]): Promise<Deadline[]> {
  if (streamIds.length === 0) return [];
  const ids = streamIds.flatMap((streamId) => DEADLINE_SOORTEN.map((soort) => `${streamId}.${soort}`.replace(/:/g, '_')));
  return deadlinesMetIds(redis, keyPrefix, ids);
}

export async function deadlinesMetIds(redis: Redis, keyPrefix: string, ids: readonly string[]): Promise<Deadline[]> {
  if (ids.length === 0) return [];
  const jsons = await redis.hmget(deadlinesHash(keyPrefix), ...ids);
  return jsons.filter((json): json is string => json !== null).map((json) => JSON.parse(json) as Deadline);
}

/** Every term in the read model, a page at a time (HSCAN: terms added meanwhile may or may not be seen). */
export async function* alleDeadlines(redis: Redis, keyPrefix: string, pagina = 1000): AsyncGenerator<Deadline[]> {
  let cursor = '0';
  do {
    const [next, velden] = await redis.hscan(deadlinesHash(keyPrefix), cursor, 'COUNT', pagina);
    cursor = next;
    const deadlines: Deadline[] = [];
    for (let i = 1; i < velden.length; i += 2) deadlines.push(JSON.parse(velden[i]) as Deadline);
    if (deadlines.length > 0) yield deadlines;
  } while (cursor !== '0');
}
