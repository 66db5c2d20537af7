import type { EventStore } from '@handhaving/event-store';
import { ProjectionRunner } from '@handhaving/projections';
import { allProjections } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { formatNumber } from '@handhaving/testing';

/*
 * What every read-model benchmark measures with: a deterministic generator, ids from it, a
 * query's p50/p99, progress on stderr, and the rebuild of read models.
 */

/** A small deterministic generator (mulberry32), so every run writes the same history. */
export function willekeur(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A version-4-shaped uuid from the generator. */
export function uuid(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface Percentiles {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** `runs` calls of `query` one at a time after 200 warm-up calls; milliseconds. */
export async function meet(query: (i: number) => Promise<unknown>, runs: number): Promise<Percentiles> {
  for (let i = 0; i < 200; i++) await query(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await query(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { p50: at(0.5), p99: at(0.99), max: times[times.length - 1] as number };
}

/** Progress on stderr (a rebuild's events, an import's commands of a total), at most twice a second. */
export function voortgang(label: string): (progress: { done?: number; processed?: number; total?: number; perSecond?: number; eventsPerSecond?: number }) => void {
  let shown = 0;
  return (p) => {
    const now = performance.now();
    if (now - shown < 500) return;
    shown = now;
    process.stderr.write(`\r${label}: ${formatNumber(p.done ?? p.processed ?? 0)}${p.total ? `/${formatNumber(p.total)}` : ''}, ${formatNumber(Math.round(p.perSecond ?? p.eventsPerSecond ?? 0))}/s   `);
  };
}

export interface Herbouw {
  readonly name: string;
  readonly processed: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
}

/** Rebuilds these read models one after another from the whole log into Redis under `keyPrefix`, with their rate. */
export async function herbouw(eventStore: EventStore, redis: Redis, keyPrefix: string, names: readonly string[]): Promise<Herbouw[]> {
  const runner = new ProjectionRunner({ eventStore, redis, projections: allProjections, keyPrefix });
  const gemeten: Herbouw[] = [];
  for (const name of names) {
    const result = await runner.rebuild(name, { onProgress: voortgang(`rebuild ${name}`) });
    process.stderr.write('\n');
    gemeten.push({ name, processed: result.processed, seconds: result.elapsedMs / 1000, eventsPerSecond: result.eventsPerSecond });
  }
  await runner.stop();
  return gemeten;
}
