import type { Redis } from 'ioredis';

const scanCount = 1000;

/** A SCAN MATCH pattern for keys that start with `prefix` (glob characters in it taken literally). */
export function prefixPattern(prefix: string): string {
  return `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
}

/** The keys under `prefix`, a SCAN page at a time (never KEYS: it blocks Redis). */
export async function* scanKeys(redis: Redis, prefix: string): AsyncGenerator<string[]> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', prefixPattern(prefix), 'COUNT', scanCount);
    cursor = next;
    if (keys.length > 0) yield keys;
  } while (cursor !== '0');
}

/**
 * Deletes every key under `prefix` in chunks with UNLINK (memory is freed off the main thread),
 * so a large read model never blocks Redis. Returns how many keys were deleted.
 */
export async function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<number> {
  if (prefix.length === 0) throw new Error('Refusing to delete every key in Redis: the prefix is empty');
  let deleted = 0;
  for await (const keys of scanKeys(redis, prefix)) deleted += await redis.unlink(...keys);
  return deleted;
}

export type DumpedValue =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'hash'; readonly value: Readonly<Record<string, string>> }
  | { readonly type: 'list'; readonly value: readonly string[] }
  | { readonly type: 'set'; readonly value: readonly string[] }
  | { readonly type: 'zset'; readonly value: ReadonlyArray<readonly [member: string, score: string]> }
  | { readonly type: 'stream'; readonly value: unknown };

export type DumpedKey = { readonly key: string } & DumpedValue;

export interface DumpKeysOptions {
  /** Strip `prefix` from the keys, to compare read models stored under different prefixes. */
  readonly relative?: boolean;
}

/**
 * Every key under `prefix` with its type and value, sorted by key, in a form that compares
 * equal when two read models hold the same data (hash fields sorted, set members sorted). For
 * tests and `handhaving projections` tooling; it loads everything into memory.
 */
export async function dumpKeys(redis: Redis, prefix: string, options: DumpKeysOptions = {}): Promise<DumpedKey[]> {
  const keys: string[] = [];
  for await (const page of scanKeys(redis, prefix)) keys.push(...page);
  // SCAN may return a key twice; code-point order, independent of the locale.
  const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const dumped: DumpedKey[] = [];
  for (let start = 0; start < sorted.length; start += scanCount) {
    const chunk = sorted.slice(start, start + scanCount);
    const types = await pipelined<string>(redis, chunk, (pipeline, key) => pipeline.type(key));
    const values = await pipelined<unknown>(redis, chunk, (pipeline, key, index) => {
      switch (types[index]) {
        case 'string':
          return pipeline.get(key);
        case 'hash':
          return pipeline.hgetall(key);
        case 'list':
          return pipeline.lrange(key, 0, -1);
        case 'set':
          return pipeline.smembers(key);
        case 'zset':
          return pipeline.zrange(key, 0, '-1', 'WITHSCORES');
        case 'stream':
          return pipeline.xrange(key, '-', '+');
        default:
          // 'none': deleted since the scan; anything else is not a type Redis has.
          return pipeline.echo('');
      }
    });
    chunk.forEach((key, index) => {
      const shownKey = options.relative ? key.slice(prefix.length) : key;
      const value = toDumpedValue(types[index], values[index]);
      if (value) dumped.push({ key: shownKey, ...value });
    });
  }
  return dumped;
}

function toDumpedValue(type: string, value: unknown): DumpedValue | undefined {
  switch (type) {
    case 'string':
      return value === null ? undefined : { type, value: value as string };
    case 'hash': {
      const fields: Record<string, string> = value instanceof Map ? Object.fromEntries(value) : (value as Record<string, string>);
      const entries = Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return { type, value: Object.fromEntries(entries) };
    }
    case 'list':
      return { type, value: value as string[] };
    case 'set':
      return { type, value: [...(value as string[])].sort() };
    case 'zset': {
      // RESP2 answers member, score, member, …; RESP3 answers [member, score] pairs.
      const reply = value as Array<string | [string, string | number]>;
      const pairs: Array<readonly [string, string]> = [];
      for (let index = 0; index < reply.length; index++) {
        const item = reply[index];
        if (Array.isArray(item)) pairs.push([item[0], String(item[1])]);
        else pairs.push([item, String(reply[++index])]);
      }
      return { type, value: pairs };
    }
    case 'stream':
      return { type, value };
    default:
      return undefined;
  }
}

type Pipeline = ReturnType<Redis['pipeline']>;

async function pipelined<T>(
  redis: Redis,
  keys: readonly string[],
  command: (pipeline: Pipeline, key: string, index: number) => Pipeline,
): Promise<T[]> {
  const pipeline = redis.pipeline();
  keys.forEach((key, index) => command(pipeline, key, index));
  const results = (await pipeline.exec()) ?? [];
  return results.map(([error, result]) => {
    if (error) throw error;
    return result as T;
  });
}
