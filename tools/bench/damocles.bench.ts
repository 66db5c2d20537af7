/**
 * `npm run bench:damocles`: Damocles at the scale of the country.
 *
 * 1. Import: the built API in its own process (embedded store, synchronous=FULL, projections
 *    running), fed by `importNdjson` — the `handhaving import` code — with one year of cases of
 *    342 gemeenten; then the same file again (it must append nothing). Target ≥ 2,000 commands/s.
 * 2. History: 342 gemeenten × 20 years of cases (about a million events) written through the
 *    decider into an embedded store, each step on its own day (the store's clock is set to it),
 *    and a small store of about 10,000 events (the same density, fewer gemeenten, one year).
 * 3. Rebuild of the Damocles read models (recidive, figures, deadlines) from each store.
 * 4. Queries against the rebuilt read models: the figures of a year, the figures as known on a
 *    date, the recidive check, the recidive check as known on a date, and a case as of a date
 *    (read its stream, fold the events recorded by then): p50/p99 at 10k and at 1M events.
 *    Target p99 ≤ 5 ms, flat as history grows.
 * Writes its section of docs/benchmarks.md. BENCH_SCALE (default 1) shrinks it for a try-out.
 */
import { importNdjson } from '@handhaving/api-client';
import { damoclesDecider, damoclesStreamId, type DamoclesEvent } from '@handhaving/domain-damocles';
import { EmbeddedEventStore } from '@handhaving/event-store';
import { voorbeeldBeleid } from '@handhaving/policy';
import { CIJFERS_PROJECTIE, damoclesCijfers, DEADLINES_PROJECTIE, RECIDIVE_PROJECTIE, recidiveVoor } from '@handhaving/read-models';
import Redis from 'ioredis';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { instelbareKlok, schrijfGeschiedenis } from './damocles/geschiedenis-schrijven';
import { benchGemeenten, genereerGeschiedenis, type Zaakverloop } from './damocles/zaakgeschiedenis';
import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';
import { herbouw, meet, type Percentiles, voortgang } from './support/meten';
import { startBuiltApi, startRedis, stopServers } from './support/servers';

const root = join(__dirname, '..', '..');
const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const beleid = voorbeeldBeleid();
const GEMEENTEN = benchGemeenten(342);
const LAATSTE_JAAR = 2025;
/**
 * The import brings in a year whose steps have all happened: the API refuses a step dated after
 * the day it is recorded, and the cases of 2025 run into 2027 (closures, reopenings).
 */
const IMPORTJAAR = 2024;
const ZAKEN_PER_JAAR = 24;
/** Requests to POST /api/import in flight at once, as `handhaving import --parallel` (its default 4). */
const importParallel = Number(process.env['BENCH_IMPORT_PARALLEL'] ?? 4);
const queryRuns = 2_000;

interface ImportResult {
  readonly commands: number;
  readonly seconds: number;
  readonly rejected: number;
  readonly againSeconds: number;
  readonly againAppended: number;
}

interface StoreResult {
  readonly label: string;
  readonly cases: number;
  readonly events: number;
  readonly writeSeconds: number;
  readonly rebuild: ReadonlyArray<{ readonly name: string; readonly processed: number; readonly seconds: number; readonly eventsPerSecond: number }>;
  readonly queries: Record<string, Percentiles>;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'build', 'api', '--output-style=static'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('nx build api failed');
  const redisUrl = await startRedis();
  const started = performance.now();
  const loadAtStart = loadavg()[0] as number;

  const importGemeenten = GEMEENTEN.slice(0, Math.max(1, Math.round(342 * scale)));
  const imported = await benchImport(redisUrl, genereerGeschiedenis({ gemeenten: importGemeenten, vanJaar: IMPORTJAAR, jaren: 1, zakenPerJaar: ZAKEN_PER_JAAR, beleid }));

  const klein = await benchStore(redisUrl, 'about 10,000 events', () => genereerGeschiedenis({ gemeenten: GEMEENTEN.slice(0, 68), vanJaar: LAATSTE_JAAR, jaren: 1, zakenPerJaar: ZAKEN_PER_JAAR, beleid }));
  const jaren = Math.max(1, Math.round(20 * scale));
  const groot = await benchStore(
    redisUrl,
    `342 gemeenten × ${jaren} years`,
    () => genereerGeschiedenis({ gemeenten: GEMEENTEN, vanJaar: LAATSTE_JAAR - jaren + 1, jaren, zakenPerJaar: ZAKEN_PER_JAAR, beleid }),
  );
  report(imported, importGemeenten.length, [klein, groot], { minutes: (performance.now() - started) / 60_000, load: [loadAtStart, loadavg()[0] as number] });
}

/* ------------------------------------------------------------------------------------------ */

async function benchImport(redisUrl: string, zaken: readonly Zaakverloop[]): Promise<ImportResult> {
  const api = await startBuiltApi(redisUrl, { REDIS_KEY_PREFIX: 'bench-import:' });
  const dir = mkdtempSync(join(tmpdir(), 'handhaving-bench-import-'));
  try {
    const gemeenten = [...new Set(zaken.map((zaak) => zaak.gemeente))];
    const token = await api.token('import', ['juridisch-medewerker', 'beheer'], gemeenten);
    const beleidFile = join(dir, 'beleid.ndjson');
    writeFileSync(beleidFile, gemeenten.map((gemeente) => JSON.stringify({ opdracht: `POST /api/beleid/${gemeente}/versies`, body: { ingangsdatum: '2000-01-01', beleid, toelichting: 'benchmark' } })).join('\n'));
    const policies = await importNdjson(beleidFile, { api: api.url, token, parallel: importParallel });
    if (policies.rejected.length > 0) throw new Error(`policy import rejected: ${JSON.stringify(policies.rejected.slice(0, 3))}`);

    const file = join(dir, 'zaken.ndjson');
    writeFileSync(file, importRegels(zaken).join('\n'));
    const commands = zaken.reduce((sum, zaak) => sum + zaak.stappen.length, 0);
    process.stderr.write(`import: ${formatNumber(commands)} commands, ${importParallel} requests in flight…\n`);
    const first = await importNdjson(file, { api: api.url, token, parallel: importParallel, onProgress: voortgang('import') });
    process.stderr.write('\n');
    if (first.rejected.length > 0) console.error(`rejected lines (first 5): ${JSON.stringify(first.rejected.slice(0, 5))}`);
    const again = await importNdjson(file, { api: api.url, token, parallel: importParallel, onProgress: voortgang('import again') });
    process.stderr.write('\n');
    return { commands: first.appended, seconds: first.seconds, rejected: first.rejected.length, againSeconds: again.seconds, againAppended: again.appended };
  } finally {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per step; a pand's cases in one reeks, so a later case's proposal sees the earlier outcome. */
function importRegels(zaken: readonly Zaakverloop[]): string[] {
  return zaken.flatMap((zaak) =>
    zaak.stappen.map((stap) => JSON.stringify({ opdracht: `POST /api/damocles/zaken${stap.pad}`, reeks: `${zaak.gemeente}.${zaak.pandSleutel}`, body: stap.body })),
  );
}

/* ------------------------------------------------------------------------------------------ */

/** What the queries ask about: a case of the last year, its gemeente and pand. */
interface Vraag {
  readonly gemeente: string;
  readonly pandSleutel: string;
  readonly zaakId: string;
  readonly constateringsdatum: string;
}

/**
 * Writes the generated history and keeps only the questions to ask of it: the 164,000 generated
 * cases are let go before the queries run, so the query loop's garbage collections walk a small
 * heap (a large one put 20–30 ms pauses into the p99 of sub-millisecond queries).
 */
async function schrijf(store: EmbeddedEventStore, klok: ReturnType<typeof instelbareKlok>, label: string, zaken: readonly Zaakverloop[]): Promise<{ cases: number; events: number; vragen: Vraag[] }> {
  const events = await schrijfGeschiedenis(store, klok, zaken, beleid, {
    ingangsdatum: '2000-01-01',
    onVoortgang: (n) => process.stderr.write(`\r${label}: ${formatNumber(n)} events written`),
  });
  const vragen = zaken
    .filter((zaak) => zaak.stappen[0]?.datum.startsWith(String(LAATSTE_JAAR)))
    .map((zaak) => ({ gemeente: zaak.gemeente, pandSleutel: zaak.pandSleutel, zaakId: zaak.zaakId, constateringsdatum: (zaak.stappen[0]?.body as { constateringsdatum: string }).constateringsdatum }));
  return { cases: zaken.length, events, vragen };
}

async function benchStore(redisUrl: string, label: string, genereer: () => readonly Zaakverloop[]): Promise<StoreResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-bench-damocles-'));
  const klok = instelbareKlok('2000-01-01T00:00:00Z');
  // Generation only: NORMAL skips the fsync per commit; the events are the same.
  const store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', clock: klok });
  const redis = new Redis(redisUrl);
  const keyPrefix = `bench-${label.replace(/\W+/g, '-')}:`;
  try {
    const started = performance.now();
    const { cases, events, vragen } = await schrijf(store, klok, label, genereer());
    const writeSeconds = (performance.now() - started) / 1000;
    process.stderr.write('\n');

    const rebuild = await herbouw(store, redis, keyPrefix, [RECIDIVE_PROJECTIE, CIJFERS_PROJECTIE, DEADLINES_PROJECTIE]);

    const queries = await benchQueries(store, redis, keyPrefix, vragen);
    return { label, cases, events, writeSeconds, rebuild, queries };
  } finally {
    redis.disconnect();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchQueries(store: EmbeddedEventStore, redis: Redis, keyPrefix: string, vragen: readonly Vraag[]): Promise<Record<string, Percentiles>> {
  const meetVraag = (query: (i: number) => Promise<unknown>): Promise<Percentiles> => meet(query, queryRuns);
  const kies = (i: number): Vraag => vragen[(i * 7919) % vragen.length] as Vraag;
  const constatering = (vraag: Vraag): string => vraag.constateringsdatum;
  const jaar = { van: `${LAATSTE_JAAR}-01-01`, tot: `${LAATSTE_JAAR}-12-31` };
  const bekendOp = `${LAATSTE_JAAR}-06-30`;
  return {
    'figures of a year': await meetVraag((i) => damoclesCijfers(redis, keyPrefix, { gemeente: kies(i).gemeente, ...jaar, recidiveTermijnMaanden: 36 })),
    'figures of a year as known on a date': await meetVraag((i) => damoclesCijfers(redis, keyPrefix, { gemeente: kies(i).gemeente, ...jaar, bekendOp, recidiveTermijnMaanden: 36 })),
    'recidive check': await meetVraag((i) =>
      recidiveVoor(redis, keyPrefix, { pandSleutel: kies(i).pandSleutel, constateringsdatum: constatering(kies(i)), recidiveTermijnMaanden: 36, vondstenZonderMaatregelTellenMee: false }),
    ),
    'recidive check as known on a date': await meetVraag((i) =>
      recidiveVoor(redis, keyPrefix, { pandSleutel: kies(i).pandSleutel, constateringsdatum: constatering(kies(i)), recidiveTermijnMaanden: 36, vondstenZonderMaatregelTellenMee: false, bekendOp }),
    ),
    'a case as of a date (read + fold)': await meetVraag(async (i) => {
      const grens = Date.parse(`${bekendOp}T22:00:00Z`);
      const recorded = await store.readStream(damoclesStreamId(kies(i).zaakId));
      return recorded
        .filter((event) => Date.parse(event.metadata.recordedAt) <= grens)
        .map((event) => ({ ...(event.data as object), type: event.type }) as DamoclesEvent)
        .reduce(damoclesDecider.evolve, damoclesDecider.initialState());
    }),
  };
}

/* ------------------------------------------------------------------------------------------ */

function report(imported: ImportResult, importGemeenten: number, stores: readonly StoreResult[], run: { readonly minutes: number; readonly load: readonly [number, number] }): void {
  const rate = imported.commands / imported.seconds;
  const ms = (value: number): string => value.toFixed(2);
  const queryNames = Object.keys(stores[0]?.queries ?? {});
  const worstP99 = Math.max(...stores.flatMap((store) => Object.values(store.queries).map((q) => q.p99)));
  const lines = [
    '## Damocles — import, rebuild and queries at the scale of the country',
    '',
    `Machine: ${describeMachine()}.${scale !== 1 ? ` **BENCH_SCALE=${scale}: not the reference numbers.**` : ''} One run of \`npm run bench:damocles\` (${run.minutes.toFixed(1)} min; 1-minute load average ${run.load[0].toFixed(2)} at the start, ${run.load[1].toFixed(2)} at the end: the 2 cores are shared with other work).`,
    '',
    `Import: ${formatNumber(importGemeenten)} gemeenten × one year (${IMPORTJAAR}: every step in the past, as the API requires) × ${ZAKEN_PER_JAAR} cases, every step of every case as a line of an NDJSON file (the API’s own command shapes), sent by \`importNdjson\` (the code behind \`handhaving import\`) to the built API in its own process: embedded store (WAL, synchronous=FULL), projections running in the API (each measure proposal waits for the recidive read model to reach the head). The importer sends \`POST /api/import\` requests of up to 250 commands (whole reeksen; one reeks per pand, so a later case's proposal sees the earlier outcome), ${importParallel} in flight; the API runs each command through its own endpoint in process (token, guards, validation, pipeline), 64 reeksen of a request side by side. Importer and API share the 2 cores.`,
    '',
    '| run | commands appended | seconds | commands/s | rejected |',
    '| --- | --: | --: | --: | --: |',
    `| first | ${formatNumber(imported.commands)} | ${imported.seconds.toFixed(1)} | ${formatNumber(rate)} | ${imported.rejected} |`,
    `| same file again | ${formatNumber(imported.againAppended)} | ${imported.againSeconds.toFixed(1)} | — | — |`,
    '',
    `History: cases written through the Damocles decider straight into an embedded store (synchronous=NORMAL for generation only), each step appended on its own day (the store's clock set to that day, so "as known on" has history to filter); ${ZAKEN_PER_JAAR} cases per gemeente per year, a pand reused at random (about one find in five is recidive), 5 % deviations from the ladder, 8 % afzien, 12 % of closures objected to (30 % of those revoked).`,
    '',
    '| store | cases | events | written in s | events/s written |',
    '| --- | --: | --: | --: | --: |',
    ...stores.map((store) => `| ${store.label} | ${formatNumber(store.cases)} | ${formatNumber(store.events)} | ${store.writeSeconds.toFixed(1)} | ${formatNumber(store.events / store.writeSeconds)} |`),
    '',
    'Rebuild of each Damocles read model from the whole log into an empty Redis (batches of 500, checkpoint in the same MULTI/EXEC):',
    '',
    '| store | read model | events read | seconds | events/s |',
    '| --- | --- | --: | --: | --: |',
    ...stores.flatMap((store) => store.rebuild.map((r) => `| ${store.label} | ${r.name} | ${formatNumber(r.processed)} | ${r.seconds.toFixed(1)} | ${formatNumber(r.eventsPerSecond)} |`)),
    '',
    `Queries (${formatNumber(queryRuns)} each after 200 warm-up, one at a time, in this process against the rebuilt read models in Redis; a gemeente or pand of ${LAATSTE_JAAR} picked in turn; "as known on" = ${LAATSTE_JAAR}-06-30):`,
    '',
    `| query | ${stores.map((store) => `${store.label} p50 ms | p99 ms`).join(' | ')} |`,
    `| --- | ${stores.map(() => '--: | --:').join(' | ')} |`,
    ...queryNames.map((name) => `| ${name} | ${stores.map((store) => `${ms(store.queries[name]?.p50 ?? NaN)} | ${ms(store.queries[name]?.p99 ?? NaN)}`).join(' | ')} |`),
    '',
    'The figures of a year read, for one gemeente, the hash of that year and those of the years its recidive windows reach back into (36 months: three more years). With a single year of history those earlier years are empty; with twenty they hold four years of cases, and no further history adds to that: the cost follows four years of one gemeente, not the length of the history nor the country. The recidive check reads one pand.',
    '',
    'Targets:',
    `- import ≥ 2,000 commands/s (embedded): ${rate >= 2000 ? 'met' : 'missed'} (${formatNumber(rate)} commands/s); the second run appended ${formatNumber(imported.againAppended)}.`,
    `- p99 of the figures and recidive queries ≤ 5 ms at 10k and at 1M events: ${worstP99 <= 5 ? 'met' : 'missed'} (worst p99 ${ms(worstP99)} ms).`,
  ];
  const markdown = lines.join('\n');
  console.log(`\n${markdown}\n`);
  writeBenchmarkSection('damocles', markdown);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServers);
