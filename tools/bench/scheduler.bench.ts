/**
 * `npm run bench:scheduler`: the deadline-reminder scheduler (apps/scheduler) on BullMQ.
 *
 * The scheduler runs in its own process (apps/scheduler/src/test-support/scheduler-process.ts,
 * the same module as production) on the embedded store and a throw-away redis-server with AOF
 * (appendfsync everysec) and noeviction, as deploy/ prescribes; it runs the deadlines read model
 * itself (SCHEDULER_RUNS_READ_MODELS). A local HTTP server receives the webhook.
 *
 * 1. Planning: 100,000 Damocles cases, each with a running zienswijzetermijn (3 reminders by the
 *    standard policy), are in the log when the scheduler starts: time until the deadlines read
 *    model and the planning processor are at the head and all 300,000 jobs exist.
 * 2. Reconcile into an empty Redis: the BullMQ keys deleted (read models kept), the scheduler
 *    started again; its reconciler's first run, which puts back all 300,000 jobs. Target ≤ 20 s.
 * 3. 10,000 reminders due in the same minute (08:00 on one day, the clock shifted so that it
 *    arrives shortly after planning), 50 at a time: all recorded on their cases within 30 s;
 *    lateness per reminder (HerinneringVerstuurd.verstuurdOp − gepland).
 * Prints the load average at the start, before the reconcile and at the end (the machine may be
 * shared), and the CPU the scheduler and redis-server used for the reconcile.
 * Writes its section of docs/benchmarks.md (`BENCH_SCALE=0.1` for a quick, unrecorded look;
 * `BENCH_SCHEDULER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"` to profile the scheduler).
 */
import { HERINNERING_VERSTUURD, type HerinneringVerstuurd } from '@handhaving/domain-shared';
import { EmbeddedEventStore, type EventStore } from '@handhaving/event-store';
import { checkpointKey, deleteKeysWithPrefix } from '@handhaving/projections';
import { DEADLINES_PROJECTIE } from '@handhaving/read-models';
import { tijdstipInAmsterdam } from '@handhaving/termijnen';
import Redis from 'ioredis';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeMachine, formatNumber, writeBenchmarkSection } from '@handhaving/testing';
import { startProcess, startRedis, stopServers } from './support/servers';

const root = join(__dirname, '..', '..');
const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const cases = Math.round(100_000 * scale);
const burst = Math.round(10_000 * scale);
const dirs: string[] = [];

interface Scheduler {
  readonly child: ChildProcess;
  readonly reconcile: Promise<{ duurMs: number; toegevoegd: number; deadlines: number } | undefined>;
}

async function main(): Promise<void> {
  const loadAtStart = load();
  console.log(`load average at start: ${loadAtStart}`);
  const redisUrl = await startRedis({ aof: true });
  const redis = new Redis(redisUrl);
  const webhook = await startWebhook();

  // 1 and 2: planning and reconciling 100,000 deadlines.
  const prefix = 'bench:';
  const dataDir = tempDir('handhaving-bench-scheduler-');
  let store: EventStore = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL' });
  const appendBegan = performance.now();
  await appendCases(store, cases, (i) => ({ verzenddatum: '2027-05-03', einde: einde(i) }));
  const appendMs = performance.now() - appendBegan;
  const head = await store.readHeadPosition();
  await store.close();
  console.log(`${formatNumber(cases)} cases (${formatNumber(Number(head))} events) appended in ${formatNumber(appendMs / 1000, 1)} s`);

  const config = configFor(redisUrl, prefix, dataDir, webhook.url);
  const planBegan = performance.now();
  let scheduler = await startScheduler(config, 0);
  await until(async () => {
    const checkpoints = await redis.mget(checkpointKey(prefix, DEADLINES_PROJECTIE), checkpointKey(prefix, 'herinneringen.planning.v1'));
    return checkpoints.every((c) => c !== null && BigInt(c) >= head) && (await redis.zcard(`${prefix}bull:herinneringen:delayed`)) === cases * 3;
  }, 600_000);
  const planMs = performance.now() - planBegan;
  console.log(`planning: ${formatNumber(cases)} deadlines, ${formatNumber(cases * 3)} jobs in ${formatNumber(planMs / 1000, 1)} s`);
  await scheduler.reconcile;
  await stop(scheduler);

  await deleteKeysWithPrefix(redis, `${prefix}bull:`);
  const loadBeforeReconcile = load();
  const redisPid = Number(/process_id:(\d+)/.exec(await redis.info('server'))?.[1]);
  const redisCpuBefore = cpuSeconds(redisPid);
  const aofRewritesBefore = await aofRewrites(redis);
  scheduler = await startScheduler(config, 0);
  const reconcile = await scheduler.reconcile;
  if (!reconcile) throw new Error('the first reconcile did not run');
  // CPU of the scheduler process from its start (loading the code included) and of redis-server meanwhile.
  const reconcileCpu = { scheduler: cpuSeconds(scheduler.child.pid), redis: minus(cpuSeconds(redisPid), redisCpuBefore) };
  // A rewrite forks redis-server; the child writes the whole dataset on one of the same two cores.
  const reconcileAofRewrites = (await aofRewrites(redis)) - aofRewritesBefore;
  const jobsBack = await redis.zcard(`${prefix}bull:herinneringen:delayed`);
  console.log(
    `reconcile into an empty Redis: ${formatNumber(reconcile.deadlines)} deadlines, ${formatNumber(reconcile.toegevoegd)} jobs added in ${formatNumber(reconcile.duurMs / 1000, 1)} s (${formatNumber(jobsBack)} delayed jobs); CPU: scheduler ${seconds(reconcileCpu.scheduler)}, redis-server ${seconds(reconcileCpu.redis)}; AOF rewrites ${reconcileAofRewrites}; load before ${loadBeforeReconcile}`,
  );
  await stop(scheduler);
  const memory = /used_memory_human:(\S+)/.exec(await redis.info('memory'))?.[1] ?? '?';

  // 3: 10,000 reminders due at the same moment.
  const burstPrefix = 'burst:';
  const burstDir = tempDir('handhaving-bench-burst-');
  store = new EmbeddedEventStore({ dataDir: burstDir, synchronous: 'NORMAL' });
  await appendCases(store, burst, () => ({ verzenddatum: '2027-12-01', einde: '2027-12-15' }));
  const burstHead = await store.readHeadPosition();
  const moment = Date.parse(tijdstipInAmsterdam('2027-12-15', 8, 0));
  // Planning 10,000 cases takes a few seconds; the moment comes 20 s (scaled) after the start.
  const aankomst = Date.now() + Math.max(8_000, 20_000 * scale);
  const offset = moment - aankomst;
  const burstScheduler = await startScheduler({ ...configFor(redisUrl, burstPrefix, burstDir, webhook.url), concurrency: 50 }, offset);
  await until(async () => {
    const c = await redis.get(checkpointKey(burstPrefix, 'herinneringen.planning.v1'));
    return c !== null && BigInt(c) >= burstHead;
  }, 120_000);
  const plannedBeforeMs = aankomst - Date.now();
  await until(async () => (await redis.hlen(`${burstPrefix}herinneringen.verstuurd.v1:verstuurd`)) >= burst, 180_000, 100);
  const allRecordedMs = Date.now() - aankomst;
  await stop(burstScheduler);
  const verstuurd: HerinneringVerstuurd[] = [];
  for (let after = 0n; ; ) {
    const page = await store.readAll({ after, maxCount: 5_000, filter: { eventTypes: [HERINNERING_VERSTUURD] } });
    if (page.length === 0) break;
    verstuurd.push(...page.map((e) => e.data as HerinneringVerstuurd));
    after = page[page.length - 1].globalPosition;
  }
  await store.close();
  const lateness = verstuurd.map((v) => Date.parse(v.verstuurdOp) - Date.parse(v.gepland)).sort((a, b) => a - b);
  const pct = (p: number): number => lateness[Math.min(lateness.length - 1, Math.floor((p / 100) * lateness.length))];
  const dubbel = verstuurd.length - new Set(verstuurd.map((v) => v.herinneringId)).size;
  console.log(
    `${formatNumber(burst)} reminders at one moment: ${formatNumber(verstuurd.length)} recorded (${dubbel} twice), all within ${formatNumber(allRecordedMs / 1000, 1)} s; lateness p50 ${formatNumber(pct(50))} ms, p99 ${formatNumber(pct(99))} ms, max ${formatNumber(lateness.at(-1) ?? 0)} ms (planned ${formatNumber(plannedBeforeMs / 1000, 1)} s ahead)`,
  );
  console.log(`webhook deliveries: ${formatNumber(webhook.count())}`);
  const loadAtEnd = load();
  console.log(`load average at end: ${loadAtEnd}`);

  const reconcileMet = reconcile.duurMs <= 20_000;
  const burstMet = verstuurd.length === burst && dubbel === 0 && allRecordedMs <= 30_000;
  const markdown = [
    '## Scheduler (deadline reminders on BullMQ)',
    '',
    `Machine: ${describeMachine()}.${scale !== 1 ? ` **BENCH_SCALE=${scale}: not the reference numbers.**` : ''}`,
    `Load average (1, 5, 15 min) at the start ${loadAtStart}, before the reconcile ${loadBeforeReconcile}, at the end ${loadAtEnd}: the 2 cores are shared, and other benchmarks and test runs may have run beside this one.`,
    '',
    'The scheduler in its own process on the embedded store and a local redis-server (AOF, appendfsync everysec, noeviction), running the deadlines read model itself; webhook to a local HTTP server. Standard policy: 3 reminders per term. A job carries only the term, the reminder and its moment.',
    '',
    '| what | result | target |',
    '| --- | --- | --- |',
    `| planning ${formatNumber(cases)} deadlines from the log (deadlines read model + planning processor, ${formatNumber(Number(head))} events) | ${formatNumber(planMs / 1000, 1)} s: ${formatNumber(cases / (planMs / 1000))} deadlines/s, ${formatNumber(cases * 3)} jobs | — |`,
    `| reconcile ${formatNumber(reconcile.deadlines)} deadlines into an empty Redis (read models kept) | ${formatNumber(reconcile.duurMs / 1000, 1)} s, ${formatNumber(reconcile.toegevoegd)} jobs put back; CPU: scheduler ${seconds(reconcileCpu.scheduler)} (start-up included), redis-server ${seconds(reconcileCpu.redis)}; AOF rewrites meanwhile: ${reconcileAofRewrites} | ≤ 20 s: ${reconcileMet ? 'met' : 'missed'} |`,
    `| ${formatNumber(burst)} reminders due at the same moment (concurrency 50; read stream, deliver, append) | ${formatNumber(verstuurd.length)} recorded, ${dubbel} twice, the last ${formatNumber(allRecordedMs / 1000, 1)} s after the moment; lateness p50 ${formatNumber(pct(50))} ms, p99 ${formatNumber(pct(99))} ms, max ${formatNumber(lateness.at(-1) ?? 0)} ms; planned ${formatNumber(plannedBeforeMs / 1000, 1)} s before the moment | all within 30 s: ${burstMet ? 'met' : 'missed'} |`,
    '',
    `Redis memory with ${formatNumber(cases * 3)} delayed jobs and the read models: ${memory}. Appending the ${formatNumber(cases)} cases took ${formatNumber(appendMs / 1000, 1)} s (not part of the scheduler).`,
    '',
    'Reading the reconcile: it reads the terms a page of 1,000 at a time (HSCAN), looks at their jobs and at what was sent with one EVAL per 1,000 jobs, and adds the missing jobs with `addBulk` in chunks of 500, four pages in flight. ' +
      "Every job goes through BullMQ's own `addDelayedJob` script in Redis (job hash, delayed set, two event-stream entries), which is most of redis-server's CPU above; " +
      'the scheduler spends its CPU building and encoding the jobs (and collecting their garbage). The two run on different cores and overlap (the figure for the scheduler also holds loading its code, before the reconcile starts). ' +
      (reconcileMet
        ? 'Target met. '
        : `Target missed: the two CPU times above leave little room on 2 cores, and here they shared them with ${reconcileAofRewrites} AOF rewrite(s) of the whole dataset and whatever else ran (load average ${loadBeforeReconcile.split(',')[0]} before the reconcile, a loaded machine above 2). `) +
      'Reading the burst: lateness is the time from the moment to the HerinneringVerstuurd record (read the case stream, wait for the term, deliver, append); 50 at a time, so the last waits for all before it.',
  ].join('\n');
  if (scale === 1) writeBenchmarkSection('scheduler', markdown);
  else console.log('\nBENCH_SCALE is not 1: docs/benchmarks.md left as it was.');
  console.log(`\n${markdown}`);
  redis.disconnect();
  await webhook.close();
}

async function aofRewrites(redis: Redis): Promise<number> {
  return Number(/aof_rewrites:(\d+)/.exec(await redis.info('persistence'))?.[1] ?? 0);
}

/** CPU seconds (user + system) a process used so far, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined || !Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(velden[11]) + Number(velden[12])) / 100; // clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

function minus(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a - b;
}

function seconds(value: number | undefined): string {
  return value === undefined ? '?' : `${formatNumber(value, 1)} s`;
}

/** The load averages over 1, 5 and 15 minutes, as `uptime` prints them: the machine is shared. */
function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}

/** A zienswijzetermijn end per case, spread over the working days of June 2027. */
function einde(i: number): string {
  const dagen = ['01', '02', '03', '04', '07', '08', '09', '10', '11', '14', '15', '16', '17', '18', '21', '22', '23', '24', '25', '28', '29', '30'];
  return `2027-06-${dagen[i % dagen.length]}`;
}

async function appendCases(store: EventStore, count: number, termijn: (i: number) => { verzenddatum: string; einde: string }): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    await Promise.all(
      Array.from({ length: Math.min(1000, count - start) }, (_, k) => {
        const i = start + k;
        const zaakId = randomUUID();
        const { verzenddatum, einde: eindeTermijn } = termijn(i);
        return store.appendToStream(
          `damocles-${zaakId}`,
          [
            {
              type: 'RapportageOntvangen',
              data: { zaakId, gemeente: 'GM0928', pand: { sleutel: `adres:6461AB-${i}` }, pandtype: 'woning', constateringsdatum: verzenddatum, ontvangstdatum: verzenddatum, vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennep' }], zwaarsteCategorie: 'softdrugs', betrokkenen: [], datum: verzenddatum, door: 'bench' },
            },
            {
              type: 'VoornemenVerzonden',
              data: { zaakId, maatregel: { soort: 'sluiting', duurMaanden: 6 }, verzenddatum, zienswijzetermijn: { einde: eindeTermijn }, datum: verzenddatum, door: 'bench' },
            },
          ],
          { expectedRevision: 'no-stream', metadata: { commandId: randomUUID(), userId: 'bench', gemeente: 'GM0928' } },
        );
      }),
    );
  }
}

function configFor(redisUrl: string, prefix: string, dataDir: string, webhookUrl: string): Record<string, unknown> {
  return {
    port: 0,
    dataDir,
    eventStore: { kind: 'embedded', dataDir, synchronous: 'NORMAL' },
    redisUrl,
    redisKeyPrefix: prefix,
    auth: { mode: 'dev', audience: 'handhaving', rolesClaim: 'roles', gemeentenClaim: 'gemeenten' },
    logLevel: 'silent',
    devMode: true,
    runsReadModels: true,
    concurrency: 20,
    reconcileIntervalMs: 3_600_000,
    inhaalvensterMs: 72 * 3_600_000,
    pogingen: 5,
    backoffMs: 1_000,
    lockDurationMs: 30_000,
    notificatie: { webhookUrl, emailVan: 'bench@example.org', timeoutMs: 10_000 },
  };
}

function startScheduler(config: Record<string, unknown>, offsetMs: number): Promise<Scheduler> {
  // e.g. BENCH_SCHEDULER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the scheduler.
  const nodeArgs = process.env['BENCH_SCHEDULER_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const child = startProcess(process.execPath, [...nodeArgs, '-r', '@swc-node/register', join(root, 'apps', 'scheduler', 'src', 'test-support', 'scheduler-process.ts'), JSON.stringify(config), String(offsetMs)], {
    cwd: root,
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffer = '';
  let started!: () => void;
  let reconciled!: (value: Scheduler['reconcile'] extends Promise<infer T> ? T : never) => void;
  const startedPromise = new Promise<void>((resolve) => (started = resolve));
  const reconcile = new Promise<Awaited<Scheduler['reconcile']>>((resolve) => (reconciled = resolve));
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line === 'started') started();
      else if (line.startsWith('{')) reconciled((JSON.parse(line) as { reconcile: Awaited<Scheduler['reconcile']> }).reconcile);
    }
  });
  child.once('exit', () => reconciled(undefined));
  return startedPromise.then(() => ({ child, reconcile }));
}

async function stop(scheduler: Scheduler): Promise<void> {
  const exited = new Promise((resolve) => scheduler.child.once('exit', resolve));
  scheduler.child.kill('SIGTERM');
  await exited;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

async function startWebhook(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => {
      count += 1;
      response.statusCode = 204;
      response.end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/herinneringen`,
    count: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    stopServers();
    setTimeout(() => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      process.exit();
    }, 500);
  });
