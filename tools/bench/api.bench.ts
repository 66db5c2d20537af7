/**
 * `npm run bench:api`: the cost of a command through HTTP and of rebuilding a read model.
 *
 * 1. Commands: the built API (`dist/apps/api/main.js`) in its own process on the embedded store
 *    (synchronous=FULL) with a throw-away Redis; autocannon with 50 connections, one command per
 *    request (POST /api/betrokkenen: validate, verify the token, seal the personal data with a new
 *    key, decide, append). Target ≥ 1,000 commands/s with p99 ≤ 25 ms.
 * 2. Rebuild: 1,000,000 events in the embedded store, replayed into Redis by the projection
 *    runner (betrokkenen.telling.v1). Target ≥ 50,000 events/s.
 * Writes its section of docs/benchmarks.md.
 */
import { EmbeddedEventStore, type NewEvent } from '@handhaving/event-store';
import { ProjectionRunner } from '@handhaving/projections';
import { allProjections, betrokkenenTelling } from '@handhaving/read-models';
import autocannon from 'autocannon';
import Redis from 'ioredis';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';
import { startBuiltApi, startRedis, stopServers } from './support/servers';

const root = join(__dirname, '..', '..');
const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const durationSeconds = Math.max(5, Math.round(20 * scale));
const rebuildEvents = Math.round(1_000_000 * scale);

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'build', 'api', '--output-style=static'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('nx build api failed');

  const redisUrl = await startRedis();
  const commands = await benchCommands(redisUrl);
  const rebuild = await benchRebuild(redisUrl);

  const lines = [
    '## API — commands through HTTP and projection rebuild',
    '',
    `Machine: ${describeMachine()}.${scale !== 1 ? ` **BENCH_SCALE=${scale}: not the reference numbers.**` : ''}`,
    '',
    'Commands: the built API in its own process, embedded store (WAL, synchronous=FULL), keys.sqlite for the per-person keys, a throw-away redis-server, dev-mode ES256 tokens, pino request logs at info. autocannon in this process with 50 connections, one command per request: `POST /api/betrokkenen` (validate, verify the token, seal the personal data under a new key — one write to keys.sqlite — decide, append — one write to events.sqlite). Both servers share the 2 cores with autocannon.',
    '',
    '| workload | commands/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | errors |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
    `| ${durationSeconds} s, 50 connections | ${formatNumber(commands.requests.average)} | ${commands.latency.p50} | ${commands.latency.p90} | ${commands.latency.p99} | ${commands.latency.max} | ${commands.non2xx} | ${commands.errors} |`,
    '',
    `Rebuild: ${formatNumber(rebuildEvents)} events (BetrokkeneGeregistreerd, 1,000 streams of ${formatNumber(rebuildEvents / 1000)}) in the embedded store, replayed by the projection runner into Redis (batches of 500, one MULTI/EXEC with the checkpoint each).`,
    '',
    '| read model | events | seconds | events/s |',
    '| --- | --: | --: | --: |',
    `| ${betrokkenenTelling.name} | ${formatNumber(rebuild.processed)} | ${(rebuild.elapsedMs / 1000).toFixed(1)} | ${formatNumber(rebuild.eventsPerSecond)} |`,
    '',
    'Targets:',
    `- ≥ 1,000 commands/s with p99 ≤ 25 ms: ${commands.requests.average >= 1000 && commands.latency.p99 <= 25 ? 'met' : 'missed'} (${formatNumber(commands.requests.average)} /s, p99 ${commands.latency.p99} ms).`,
    `- rebuild ≥ 50,000 events/s: ${rebuild.eventsPerSecond >= 50_000 ? 'met' : 'missed'} (${formatNumber(rebuild.eventsPerSecond)} events/s).`,
    '',
    'Reading the command numbers: with 50 connections each waiting for its answer, the mean latency is 50 ÷ throughput (Little’s law), ' +
      `here ${(50_000 / commands.requests.average).toFixed(0)} ms; a p99 of 25 ms with 50 connections needs at least 2,000 commands/s. ` +
      'Each command is two durable SQLite commits (the new person’s key, then the event; both group-committed, so concurrent commands share fsyncs), ' +
      'one ES256 token check (cached per token), validation, sealing with AES-256-GCM and a request log line. ' +
      'On this 2-core machine the load generator runs beside the API and takes most of one core; a CPU profile of the API under this load shows it about one third idle. ' +
      'What would close the gap: the load generator on another machine, a second API process (the embedded store is safe for several writer processes), or PostgreSQL/EventStoreDB as the store for a municipality with this load.',
  ];
  const markdown = lines.join('\n');
  console.log(`\n${markdown}\n`);
  writeBenchmarkSection('api', markdown);
}

async function benchCommands(redisUrl: string): Promise<autocannon.Result> {
  const api = await startBuiltApi(redisUrl);
  const token = await api.token('bench', ['juridisch-medewerker'], ['GM0928']);
  const request = {
    method: 'POST' as const,
    path: '/api/betrokkenen',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ gemeente: 'GM0928', soort: 'persoon', naam: 'B. Enchmark', bsn: '111222333', geboortedatum: '1980-01-01' }),
  };
  // Warm-up: JIT, prepared statements, connections.
  await autocannon({ url: api.url, connections: 10, amount: 500, requests: [request] });
  const result = await autocannon({ url: api.url, connections: 50, duration: durationSeconds, requests: [request] });
  await api.stop();
  return result;
}

async function benchRebuild(redisUrl: string): Promise<{ processed: number; elapsedMs: number; eventsPerSecond: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-bench-rebuild-'));
  const store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL' });
  const perStream = Math.max(1, Math.round(rebuildEvents / 1000));
  process.stderr.write(`generating ${rebuildEvents} events…\n`);
  for (let stream = 0; stream < 1000; stream++) {
    const events: NewEvent[] = Array.from({ length: perStream }, (_, index) => ({
      type: 'BetrokkeneGeregistreerd',
      data: {
        betrokkeneId: randomUUID(),
        gemeente: 'GM0928',
        soort: index % 7 === 0 ? 'bedrijf' : 'persoon',
        gegevens: { alg: 'A256GCM', subjectId: randomUUID(), keyVersion: 1, iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'QmVuY2htYXJr', tag: 'AAAAAAAAAAAAAAAAAAAAAA==' },
        registratiedatum: `${2005 + (index % 20)}-03-01`,
      },
    }));
    await store.appendToStream(`betrokkene-bench-${stream}`, events, { expectedRevision: 'no-stream', metadata: { gemeente: 'GM0928' } });
  }
  const redis = new Redis(redisUrl);
  const runner = new ProjectionRunner({ eventStore: store, redis, projections: allProjections, keyPrefix: 'benchrebuild:' });
  const result = await runner.rebuild(betrokkenenTelling.name, {
    onProgress: (progress) => process.stderr.write(`\rrebuild ${progress.processed} events, ${Math.round(progress.eventsPerSecond)} events/s`),
  });
  process.stderr.write('\n');
  await runner.stop();
  redis.disconnect();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  return result;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopServers);
