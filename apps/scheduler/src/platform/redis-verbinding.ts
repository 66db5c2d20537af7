import type { RedisOptions } from 'bullmq';

/** Connection settings for BullMQ, which opens (and closes) connections of its own. */
export function redisOpties(url: string): RedisOptions {
  // BullMQ's workers block on Redis; they must wait for it, not give up after a few tries.
  return { url, maxRetriesPerRequest: null };
}
