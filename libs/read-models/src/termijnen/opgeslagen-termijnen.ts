import { projectionKeyPrefix } from '@handhaving/projections';
import type { Redis } from 'ioredis';
import { DEADLINES_PROJECTIE, type Deadline } from './deadline';

/*
 * The stored terms as the deadlines read model keeps them (no `verstreken` derived, a suspended
 * term's end as stored): what the scheduler plans from. The key layout is the read model's own
 * (see deadlines.projection.ts); readers outside this library go through these functions.
 */

function basis(keyPrefix: string): string {
  return projectionKeyPrefix(keyPrefix, DEADLINES_PROJECTIE);
}

/**
 * Every term of these cases, by each case's own id set: also the terms a case has several of, one
 * per subject (a verjaring per verbeuring, a bezwaartermijn per invorderingsbeschikking).
 */
export async function opgeslagenTermijnenVanZaken(redis: Redis, keyPrefix: string, streamIds: readonly string[]): Promise<Deadline[]> {
  if (streamIds.length === 0) return [];
  const sets = await streamIds.reduce((p, streamId) => p.smembers(`${basis(keyPrefix)}stream:${streamId}`), redis.pipeline()).exec();
  const ids = (sets ?? []).flatMap(([, leden]) => (leden as string[] | undefined) ?? []);
  return opgeslagenTermijnenMetIds(redis, keyPrefix, ids);
}

/** The terms with these ids, as far as they exist. */
export async function opgeslagenTermijnenMetIds(redis: Redis, keyPrefix: string, ids: readonly string[]): Promise<Deadline[]> {
  if (ids.length === 0) return [];
  const jsons = await redis.hmget(`${basis(keyPrefix)}termijn`, ...ids);
  return jsons.filter((json): json is string => json !== null).map((json) => JSON.parse(json) as Deadline);
}

/** Every term in the read model, a page at a time (HSCAN: terms added meanwhile may or may not be seen). */
export async function* alleOpgeslagenTermijnen(redis: Redis, keyPrefix: string, pagina = 1000): AsyncGenerator<Deadline[]> {
  let cursor = '0';
  do {
    const [next, velden] = await redis.hscan(`${basis(keyPrefix)}termijn`, cursor, 'COUNT', pagina);
    cursor = next;
    const deadlines: Deadline[] = [];
    for (let i = 1; i < velden.length; i += 2) deadlines.push(JSON.parse(velden[i]) as Deadline);
    if (deadlines.length > 0) yield deadlines;
  } while (cursor !== '0');
}
