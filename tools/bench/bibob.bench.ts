/**
 * `npm run bench:bibob`: Bibob toetsen at the scale of the country.
 *
 * 1. History: 342 gemeenten × 20 years of toetsen (tools/bench/bibob/toetsgeschiedenis.ts)
 *    written through the Bibob decider into an embedded store, each step on its own day (the
 *    store's clock set to it), and a small store of about 10,000 events (one year).
 * 2. Rebuild of each read model that reads Bibob events (the shared deadline list,
 *    bibob.cijfers.v1, bibob.werkvoorraad.v1) from each store.
 * 3. Queries against the rebuilt read models: the figures of a year, as known now and as known on
 *    a date, the work list of a gemeente, the beslistermijnen due in a month: p50/p99.
 * Writes the "bibob" section of docs/benchmarks.md. BENCH_SCALE (default 1) shrinks it for a try-out.
 */
import { bibobDecider, bibobStreamId, type BibobEvent, type BibobState } from '@handhaving/domain-bibob';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { EmbeddedEventStore } from '@handhaving/event-store';
import { BIBOB_CIJFERS_PROJECTIE, BIBOB_WERKVOORRAAD_PROJECTIE, bibobCijfers, bibobWerkvoorraad, DEADLINES_PROJECTIE, deadlines } from '@handhaving/read-models';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { genereerToetsen, type Toets } from './bibob/toetsgeschiedenis';
import { instelbareKlok } from './damocles/geschiedenis-schrijven';
import { benchGemeenten } from './damocles/zaakgeschiedenis';
import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';
import { herbouw, meet, type Percentiles } from './support/meten';
import { startRedis, stopServers } from './support/servers';

const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const GEMEENTEN = benchGemeenten(342);
const LAATSTE_JAAR = 2025;
const TOETSEN_PER_JAAR = 8;
const queryRuns = 2_000;

/** Every step through the decider, appended on its own day; returns the events written and the steps refused. */
async function schrijf(store: EmbeddedEventStore, klok: ReturnType<typeof instelbareKlok>, toetsen: readonly Toets[], label: string): Promise<{ events: number; geweigerd: number }> {
  const stappen = toetsen.flatMap((toets, t) => toets.stappen.map((stap, s) => ({ t, s, datum: stap.datum })));
  stappen.sort((a, b) => a.datum.localeCompare(b.datum) || a.t - b.t || a.s - b.s);
  const toestand = new Map<number, { state: BibobState; revision: number }>();
  let events = 0;
  let geweigerd = 0;
  let getoond = 0;
  for (let i = 0; i < stappen.length; ) {
    const datum = stappen[i]?.datum as string;
    klok.zet(`${datum}T15:00:00Z`);
    const appends: Promise<unknown>[] = [];
    for (; i < stappen.length && stappen[i]?.datum === datum; i++) {
      const { t, s } = stappen[i] as { t: number; s: number };
      const toets = toetsen[t] as Toets;
      const huidig = toestand.get(t) ?? { state: bibobDecider.initialState(), revision: -1 };
      const command = toets.stappen[s]?.maak(huidig.state);
      if (command === undefined) continue;
      let decided: readonly BibobEvent[];
      try {
        decided = bibobDecider.decide(command, huidig.state);
      } catch (error) {
        if (!(error instanceof DomainRuleViolation)) throw error;
        geweigerd += 1;
        if (geweigerd <= 5) console.error(`refused ${command.type} on ${datum}: ${error.rule} ${error.detail}`);
        continue;
      }
      toestand.set(t, { state: decided.reduce(bibobDecider.evolve, huidig.state), revision: huidig.revision + decided.length });
      appends.push(
        store.appendToStream(
          bibobStreamId(toets.zaakId),
          decided.map(({ type, ...data }) => ({ type, data })),
          {
            expectedRevision: huidig.revision < 0 ? 'no-stream' : huidig.revision,
            metadata: { commandId: `${toets.zaakId}.${s}`, userId: 'bench', gemeente: toets.gemeente, correlationId: `${toets.zaakId}.${s}` },
          },
        ),
      );
      events += decided.length;
    }
    await Promise.all(appends);
    if (performance.now() - getoond > 500) {
      getoond = performance.now();
      process.stderr.write(`\r${label}: ${formatNumber(events)} events written`);
    }
  }
  process.stderr.write('\n');
  return { events, geweigerd };
}

interface StoreResult {
  readonly label: string;
  readonly toetsen: number;
  readonly events: number;
  readonly refused: number;
  readonly writeSeconds: number;
  readonly rebuild: ReadonlyArray<{ readonly name: string; readonly processed: number; readonly seconds: number; readonly eventsPerSecond: number }>;
  readonly queries: Record<string, Percentiles>;
}

async function benchStore(redisUrl: string, label: string, toetsen: readonly Toets[]): Promise<StoreResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-bench-bibob-'));
  const klok = instelbareKlok('2000-01-01T00:00:00Z');
  // Generation only: NORMAL skips the fsync per commit; the events are the same.
  const store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', clock: klok });
  const redis = new Redis(redisUrl);
  const keyPrefix = `bench-bibob-${label.replace(/\W+/g, '-')}:`;
  try {
    const started = performance.now();
    const { events, geweigerd } = await schrijf(store, klok, toetsen, label);
    const writeSeconds = (performance.now() - started) / 1000;
    const rebuild = await herbouw(store, redis, keyPrefix, [DEADLINES_PROJECTIE, BIBOB_CIJFERS_PROJECTIE, BIBOB_WERKVOORRAAD_PROJECTIE]);
    const queries = await benchQueries(redis, keyPrefix, toetsen);
    return { label, toetsen: toetsen.length, events, refused: geweigerd, writeSeconds, rebuild, queries };
  } finally {
    redis.disconnect();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchQueries(redis: Redis, keyPrefix: string, toetsen: readonly Toets[]): Promise<Record<string, Percentiles>> {
  const gemeente = (i: number): string => (toetsen[(i * 7919) % toetsen.length] as Toets).gemeente;
  const jaar = { van: `${LAATSTE_JAAR}-01-01`, tot: `${LAATSTE_JAAR}-12-31` };
  const peildatum = `${LAATSTE_JAAR}-10-01`;
  return {
    'figures of a year': await meet((i) => bibobCijfers(redis, keyPrefix, { gemeente: gemeente(i), ...jaar }), queryRuns),
    'figures of a year as known on a date': await meet((i) => bibobCijfers(redis, keyPrefix, { gemeente: gemeente(i), ...jaar, bekendOp: `${LAATSTE_JAAR}-06-30` }), queryRuns),
    'work list of a gemeente': await meet((i) => bibobWerkvoorraad(redis, keyPrefix, { gemeente: gemeente(i), peildatum }), queryRuns),
    'terms due in a month': await meet((i) => deadlines(redis, keyPrefix, { gemeente: gemeente(i), van: peildatum, tot: `${LAATSTE_JAAR}-10-31`, peildatum }), queryRuns),
  };
}

async function main(): Promise<void> {
  const redisUrl = await startRedis();
  const lastBegin = loadavg()[0] as number;
  const started = performance.now();
  const laatsteDag = `${LAATSTE_JAAR}-12-31`;
  const klein = await benchStore(redisUrl, 'about 10,000 events', genereerToetsen(GEMEENTEN.slice(0, 250), LAATSTE_JAAR, 1, TOETSEN_PER_JAAR, laatsteDag));
  const jaren = Math.max(1, Math.round(20 * scale));
  const groot = await benchStore(redisUrl, `342 gemeenten × ${jaren} years`, genereerToetsen(GEMEENTEN, LAATSTE_JAAR - jaren + 1, jaren, TOETSEN_PER_JAAR, laatsteDag));
  report([klein, groot], (performance.now() - started) / 60_000, [lastBegin, loadavg()[0] as number]);
}

function report(stores: readonly StoreResult[], minutes: number, last: readonly [number, number]): void {
  const ms = (value: number): string => value.toFixed(2);
  const queryNames = Object.keys(stores[0]?.queries ?? {});
  const fullP99 = Math.max(...Object.values(stores.at(-1)?.queries ?? {}).map((q) => q.p99));
  const lines = [
    '## Bibob — rebuild and queries at the scale of the country',
    '',
    `Machine: ${describeMachine()}. One run of \`npm run bench:bibob\` (${minutes.toFixed(1)} min; 1-minute load average ${last[0].toFixed(2)} at the start, ${last[1].toFixed(2)} at the end).${scale !== 1 ? ` **BENCH_SCALE=${scale}: not the reference numbers.**` : ''}`,
    '',
    `History: ${TOETSEN_PER_JAAR} Bibob toetsen per gemeente per year written through the Bibob decider straight into an embedded store (synchronous=NORMAL for generation only), each step appended on its own day (the store's clock set to it). Mix: 55 % on an aanvraag (half with a vragenformulier, 5 % withdrawn), 45 % on a signal; eigen onderzoek: half no danger, 30 % LBB advice (20 % extended, 15 % with questions), the rest a degree of danger; a danger found leads to voornemen, zienswijzetermijn (recorded as passed three weeks after the voornemen) and besluit (refused, voorschriften or revoked); 10 % of those objected to.`,
    '',
    '| store | toetsen | events | steps refused | written in s | events/s written |',
    '| --- | --: | --: | --: | --: | --: |',
    ...stores.map((s) => `| ${s.label} | ${formatNumber(s.toetsen)} | ${formatNumber(s.events)} | ${s.refused} | ${s.writeSeconds.toFixed(1)} | ${formatNumber(s.events / s.writeSeconds)} |`),
    '',
    'Rebuild of each read model that reads Bibob events, from the whole log into an empty Redis (batches of 500, checkpoint in the same MULTI/EXEC; "events read" are those the filter passes):',
    '',
    '| store | read model | events read | seconds | events/s |',
    '| --- | --- | --: | --: | --: |',
    ...stores.flatMap((s) => s.rebuild.map((r) => `| ${s.label} | ${r.name} | ${formatNumber(r.processed)} | ${r.seconds.toFixed(1)} | ${formatNumber(r.eventsPerSecond)} |`)),
    '',
    `Queries (${formatNumber(queryRuns)} each after 200 warm-up, one at a time, in this process against the rebuilt read models in Redis; a gemeente picked in turn; year ${LAATSTE_JAAR}, "as known on" ${LAATSTE_JAAR}-06-30, work list and terms as of ${LAATSTE_JAAR}-10-01):`,
    '',
    `| query | ${stores.map((s) => `${s.label} p50 ms | p99 ms`).join(' | ')} |`,
    `| --- | ${stores.map(() => '--: | --:').join(' | ')} |`,
    ...queryNames.map((name) => `| ${name} | ${stores.map((s) => `${ms(s.queries[name]?.p50 ?? NaN)} | ${ms(s.queries[name]?.p99 ?? NaN)}`).join(' | ')} |`),
    '',
    `The figures read the Redis hashes of the period's years of one gemeente; the work list reads the toetsen that need a step and, of the decided ones, those whose bezwaar- or beroepstermijn has not passed: neither grows with a gemeente's twenty years. Worst p99 at full size: ${ms(fullP99)} ms (target ≤ 5 ms).`,
  ];
  const markdown = lines.join('\n');
  console.log(`\n${markdown}\n`);
  if (scale === 1) writeBenchmarkSection('bibob', markdown);
  else console.log('(BENCH_SCALE ≠ 1: docs/benchmarks.md left as it was)');
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServers);
