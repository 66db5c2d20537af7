import { describeWith, redisForTests } from '@handhaving/testing';
import { EmbeddedEventStore, type EventFilter, type GlobalPosition, type RecordedEvent } from '@handhaving/event-store';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { defineProjection, type Projection } from './projection';
import { checkpointKey, projectionKeyPrefix } from './projection-keys';
import type { ProjectionLogger } from './projection-logger';
import type { RebuildProgress } from './projection-processor';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';
import { deleteKeysWithPrefix, dumpKeys } from './redis-keys';

jest.setTimeout(60_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('projections integration tests');
const describeWithRedis = describeWith(redisUrl);

const eventTypes = ['ZaakGeopend', 'ConstateringVastgelegd', 'VoornemenVerzonden', 'SluitingsbesluitGenomen'] as const;
const gemeenten = ['GM0928', 'GM0882', 'GM0917'] as const;
const eventsPerAppend = 25;

const v1 = 'test.tellingen.v1';
const v2 = 'test.tellingen.v2';

interface TellingenOptions {
  readonly name?: string;
  readonly filter?: EventFilter;
  /** Throws when it meets this event: a processor dying in the middle of a batch. */
  readonly failOn?: (event: RecordedEvent) => boolean;
  /** Makes every batch take a while, so a test can look at the processor mid-way. */
  readonly delayMs?: number;
}

/** The example read model: how many events of each type, and per gemeente. Writes per event. */
function tellingen(options: TellingenOptions = {}): Projection {
  return defineProjection({
    name: options.name ?? v1,
    filter: options.filter,
    async handle(events, { multi, key }) {
      if (options.delayMs) await sleep(options.delayMs);
      for (const event of events) {
        if (options.failOn?.(event)) throw new Error(`kapot op positie ${event.globalPosition}`);
        multi.hincrby(key('per-type'), event.type, 1);
        if (event.metadata.gemeente) multi.hincrby(key('per-gemeente'), event.metadata.gemeente, 1);
      }
    },
  });
}

/**
 * The bumped version: another read model (per context, and the first event type of every
 * stream). It reads what earlier batches committed and keeps what this batch did in memory, the
 * way a handler must (its own writes are queued in the MULTI, not yet visible).
 */
function tellingenV2(): Projection {
  return defineProjection({
    name: v2,
    async handle(events, { redis, multi, key }) {
      const perContext = new Map<string, number>();
      const streamIds = [...new Set(events.map((event) => event.streamId))];
      const known = await redis.hmget(key('eerste-type'), ...streamIds);
      const firstType = new Map<string, string>();
      streamIds.forEach((streamId, index) => {
        const value = known[index];
        if (value !== null) firstType.set(streamId, value);
      });
      for (const event of events) {
        const context = event.streamId.slice(0, event.streamId.indexOf('-'));
        perContext.set(context, (perContext.get(context) ?? 0) + 1);
        if (!firstType.has(event.streamId)) {
          firstType.set(event.streamId, event.type);
          multi.hset(key('eerste-type'), event.streamId, event.type);
        }
      }
      for (const [context, count] of perContext) multi.hincrby(key('per-context'), context, count);
    },
  });
}

describeWithRedis('projections in Redis, fed by the embedded event store', () => {
  let redis: Redis;
  let store: EmbeddedEventStore;
  let dataDir: string;
  let keyPrefix: string;
  let runners: ProjectionRunner[];
  let logged: { level: string; message: string }[];
  let appended: number;

  const logger: ProjectionLogger = {
    info: (message) => logged.push({ level: 'info', message }),
    warn: (message) => logged.push({ level: 'warn', message }),
    error: (message) => logged.push({ level: 'error', message }),
  };

  beforeAll(() => {
    redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 3 });
  });

  afterAll(async () => {
    await redis.quit();
  });

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-projections-'));
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20 });
    keyPrefix = `hhtest:projections:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    runners = [];
    logged = [];
    appended = 0;
  });

  afterEach(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await store.close();
    await deleteKeysWithPrefix(redis, keyPrefix);
    rmSync(dataDir, { recursive: true, force: true });
  });

  function runner(projections: Projection[], options: Partial<ProjectionRunnerOptions> = {}): ProjectionRunner {
    const created = new ProjectionRunner({ eventStore: store, redis, projections, keyPrefix, logger, ...options });
    runners.push(created);
    return created;
  }

  /** `count` events over damocles and kamerverhuur streams of three gemeenten; the last position. */
  async function append(count: number): Promise<GlobalPosition> {
    let last = 0n;
    for (let done = 0; done < count; ) {
      const size = Math.min(eventsPerAppend, count - done);
      const chunk = Math.floor(appended / eventsPerAppend);
      const streamId = `${chunk % 2 === 0 ? 'damocles' : 'kamerverhuur'}-${chunk % 7}`;
      const events = Array.from({ length: size }, (_, index) => ({
        type: eventTypes[(appended + index) % eventTypes.length],
        data: { volgnummer: appended + index },
      }));
      const result = await store.appendToStream(streamId, events, {
        expectedRevision: 'any',
        metadata: { gemeente: gemeenten[chunk % gemeenten.length] },
      });
      last = result.lastPosition;
      done += size;
      appended += size;
    }
    return last;
  }

  /** What `tellingen` must hold after `events` (optionally only those passing `keep`). */
  async function expectedTellingen(keep: (event: RecordedEvent) => boolean = () => true) {
    const perType: Record<string, string> = {};
    const perGemeente: Record<string, string> = {};
    for (const event of (await store.readAll({ maxCount: 1_000_000 })).filter(keep)) {
      perType[event.type] = String(Number(perType[event.type] ?? 0) + 1);
      const gemeente = event.metadata.gemeente as string;
      perGemeente[gemeente] = String(Number(perGemeente[gemeente] ?? 0) + 1);
    }
    return { perType, perGemeente };
  }

  async function tellingenIn(name = v1, prefix = keyPrefix) {
    const base = projectionKeyPrefix(prefix, name);
    return { perType: await redis.hgetall(`${base}per-type`), perGemeente: await redis.hgetall(`${base}per-gemeente`) };
  }

  async function storedCheckpoint(name = v1, prefix = keyPrefix): Promise<string | null> {
    return redis.get(checkpointKey(prefix, name));
  }

  async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await sleep(10);
    }
  }

  it('writes each batch and its checkpoint in one MULTI/EXEC: no reader ever sees one without the other', async () => {
    const head = await append(3000);
    const projections = runner([tellingen({ delayMs: 3 })], { batchSize: 100 });
    const base = projectionKeyPrefix(keyPrefix, v1);
    const seen = new Set<string>();

    await projections.start();
    for (;;) {
      const replies = await redis.multi().get(`${base}checkpoint`).hvals(`${base}per-type`).exec();
      const checkpoint = (replies?.[0][1] as string | null) ?? '0';
      const counted = (replies?.[1][1] as string[]).reduce((sum, value) => sum + Number(value), 0);
      // Positions of the embedded store are dense from 1, so the counts add up to the checkpoint.
      expect(counted).toBe(Number(checkpoint));
      seen.add(checkpoint);
      if (checkpoint === String(head)) break;
      await sleep(1);
    }

    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect(await tellingenIn()).toEqual(await expectedTellingen());
    expect(await storedCheckpoint()).toBe('3000');
  });

  it('resumes after a stop and a restart (a new process) without counting an event twice', async () => {
    await append(1000);
    const first = runner([tellingen()]);
    await first.start();
    expect(await first.waitForPosition(1000n, 10_000)).toBe(true);
    await first.stop();

    const head = await append(700);
    await sleep(50);
    expect(await storedCheckpoint()).toBe('1000');

    const second = runner([tellingen()]);
    await second.start();
    expect(await second.waitForPosition(head, 10_000)).toBe(true);
    expect(await tellingenIn()).toEqual(await expectedTellingen());
    expect(await storedCheckpoint()).toBe('1700');
  });

  it('stop() lets the batch in flight commit, then stops', async () => {
    await append(2000);
    const projections = runner([tellingen({ delayMs: 20 })], { batchSize: 100 });
    await projections.start();
    expect(await projections.waitForPosition(100n, 10_000)).toBe(true);

    await projections.stop();
    const checkpoint = Number(await storedCheckpoint());
    expect(checkpoint % 100).toBe(0);
    expect(checkpoint).toBeLessThan(2000);
    const { perType } = await tellingenIn();
    expect(Object.values(perType).reduce((sum, value) => sum + Number(value), 0)).toBe(checkpoint);

    await append(10);
    await sleep(100);
    expect(Number(await storedCheckpoint())).toBe(checkpoint);
    expect((await projections.status())[0]).toMatchObject({ name: v1, state: 'stopped' });
  });

  it('a processor dying mid-batch writes nothing of that batch; a fixed one resumes and ends equal to a clean rebuild', async () => {
    const head = await append(1000);
    const broken = runner([tellingen({ failOn: (event) => event.globalPosition === 250n })], { batchSize: 100 });
    await broken.start();

    // It gives up at once instead of waiting out the timeout: the processor has failed.
    expect(await broken.waitForPosition(head, 10_000)).toBe(false);
    const [status] = await broken.status();
    expect(status).toMatchObject({ name: v1, state: 'failed', checkpoint: 200n, head: 1000n, lag: 800n });
    expect(status.error).toMatch(/positions 201\.\.300: kapot op positie 250/);
    expect(logged.some(({ level, message }) => level === 'error' && message.includes('kapot op positie 250'))).toBe(true);
    // The first 49 events of the failed batch were queued in the MULTI but never sent.
    expect(await storedCheckpoint()).toBe('200');
    const { perType } = await tellingenIn();
    expect(Object.values(perType).reduce((sum, value) => sum + Number(value), 0)).toBe(200);

    const fixed = runner([tellingen()], { batchSize: 100 });
    await fixed.start();
    expect(await fixed.waitForPosition(head, 10_000)).toBe(true);

    const cleanPrefix = `${keyPrefix}clean:`;
    const clean = runner([tellingen()], { keyPrefix: cleanPrefix });
    await clean.start();
    expect(await clean.waitForPosition(head, 10_000)).toBe(true);

    const resumed = await dumpKeys(redis, projectionKeyPrefix(keyPrefix, v1), { relative: true });
    const rebuilt = await dumpKeys(redis, projectionKeyPrefix(cleanPrefix, v1), { relative: true });
    expect(resumed).toEqual(rebuilt);
    expect(resumed.map(({ key }) => key)).toEqual(['checkpoint', 'per-gemeente', 'per-type']);
  });

  /** `tellingen` whose Redis write connection drops (as in a network failure) in the batch at `position`. */
  function droppingConnectionAt(position: GlobalPosition): Projection {
    let dropped = false;
    return defineProjection({
      name: v1,
      async handle(events, context) {
        await tellingen().handle(events, context);
        if (!dropped && events[0].globalPosition === position) {
          dropped = true;
          const clients = (await context.redis.client('LIST')) as string;
          const line = clients.split('\n').find((client) => client.includes(`name=projection:${v1}`));
          await context.redis.client('KILL', 'ID', /id=(\d+)/.exec(line ?? '')?.[1] ?? '0');
        }
      },
    });
  }

  it('a Redis connection dropped mid-batch neither loses nor doubles the batch; start() resumes', async () => {
    const head = await append(1000);
    const projections = runner([droppingConnectionAt(201n)], { batchSize: 100, restartDelayMs: false });
    await projections.start();
    await eventually(async () => (await projections.status())[0].state === 'failed');
    expect(await storedCheckpoint()).toBe('200');
    const { perType } = await tellingenIn();
    expect(Object.values(perType).reduce((sum, value) => sum + Number(value), 0)).toBe(200);

    await projections.start();
    expect(await projections.waitForPosition(head, 10_000)).toBe(true);
    expect(await tellingenIn()).toEqual(await expectedTellingen());
    expect((await projections.status())[0]).toMatchObject({ state: 'live', checkpoint: head, lag: 0n });
  });

  it('restarts by itself after a lost connection, but never after a handler error', async () => {
    const head = await append(1000);
    const dropping = runner([droppingConnectionAt(301n)], { batchSize: 100, restartDelayMs: 20 });
    await dropping.start();
    expect(await dropping.waitForPosition(head, 10_000)).toBe(true);
    expect(await tellingenIn()).toEqual(await expectedTellingen());
    expect(logged.filter(({ level }) => level === 'warn').map(({ message }) => message)).toContain(
      `Projection ${v1} restarts in 20 ms`,
    );
    await dropping.stop();

    const broken = runner([tellingen({ name: v2, failOn: (event) => event.globalPosition === 10n })], {
      restartDelayMs: 20,
    });
    await broken.start();
    await eventually(async () => (await broken.status())[0].state === 'failed');
    await sleep(100);
    expect((await broken.status())[0]).toMatchObject({ state: 'failed', checkpoint: 0n });
    expect(logged.filter(({ message }) => message === `Projection ${v2} restarts in 20 ms`)).toEqual([]);
  });

  it('wiping Redis and rebuilding gives the same read models, with progress', async () => {
    const head = await append(1500);
    const projections = runner([tellingen(), tellingenV2()], { batchSize: 200 });
    await projections.start();
    expect(await projections.waitForPosition(head, 10_000)).toBe(true);
    const before = await dumpKeys(redis, keyPrefix);
    expect(before.map(({ key }) => key.slice(keyPrefix.length))).toEqual([
      `${v1}:checkpoint`,
      `${v1}:per-gemeente`,
      `${v1}:per-type`,
      `${v2}:checkpoint`,
      `${v2}:eerste-type`,
      `${v2}:per-context`,
    ]);
    await projections.stop();

    expect(await deleteKeysWithPrefix(redis, keyPrefix)).toBe(before.length);
    expect(await dumpKeys(redis, keyPrefix)).toEqual([]);

    const progress: RebuildProgress[] = [];
    const result = await projections.rebuild(v1, { onProgress: (step) => progress.push(step) });
    await projections.rebuild(v2);

    expect(await dumpKeys(redis, keyPrefix)).toEqual(before);
    expect(result).toMatchObject({ name: v1, completed: true, processed: 1500, checkpoint: head, head, deletedKeys: 0 });
    expect(result.eventsPerSecond).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ processed: 0, head });
    expect(progress.map((step) => step.processed)).toEqual([0, 200, 400, 600, 800, 1000, 1200, 1400, 1500]);

    // Rebuilding over a read model that is still there deletes it first.
    const again = await projections.rebuild(v1);
    expect(again.deletedKeys).toBe(3);
    expect(await dumpKeys(redis, keyPrefix)).toEqual(before);
  });

  it('a rebuild of a filtered projection ends when the events it takes fill its last batch exactly and the log ends with others', async () => {
    // 398 events of which the filter takes every fourth (100 ZaakGeopend, the last at 397), in
    // batches of 50, and the log's last event is another: the rebuild must stop at the head, not
    // wait for a batch that never comes.
    const head = await append(398);
    const projections = runner([tellingen({ filter: { eventTypes: ['ZaakGeopend'] } })], { batchSize: 50 });
    const result = await Promise.race([projections.rebuild(v1), sleep(10_000).then(() => 'hangt' as const)]);
    expect(result).toMatchObject({ completed: true, processed: 100, head });
  });

  it('rebuilds a running projection and lets it continue live', async () => {
    await append(500);
    const projections = runner([tellingen()]);
    await projections.start();
    expect(await projections.waitForPosition(500n, 10_000)).toBe(true);

    await projections.rebuild(v1);
    expect((await projections.status())[0].state).toBe('live');
    const head = await append(30);
    expect(await projections.waitForPosition(head, 10_000)).toBe(true);
    expect(await tellingenIn()).toEqual(await expectedTellingen());
  });

  it('status shows the checkpoint, the head, the lag and the state', async () => {
    await append(1000);
    const projections = runner([tellingen({ delayMs: 30 })], { batchSize: 100 });
    expect(await projections.status()).toEqual([{ name: v1, state: 'stopped', checkpoint: 0n, head: 1000n, lag: 1000n }]);

    await projections.start();
    expect(await projections.waitForPosition(100n, 10_000)).toBe(true);
    const [catchingUp] = await projections.status();
    expect(catchingUp.state).toBe('catching-up');
    expect(catchingUp.lag).toBe(1000n - catchingUp.checkpoint);
    expect(catchingUp.lag).toBeGreaterThan(0n);

    expect(await projections.waitForPosition(1000n, 10_000)).toBe(true);
    expect(await projections.status()).toEqual([{ name: v1, state: 'live', checkpoint: 1000n, head: 1000n, lag: 0n }]);

    await append(5);
    const [behind] = await runner([tellingen()]).status();
    expect(behind.head).toBe(1005n);
  });

  it('a read model built from another event store (its checkpoint beyond this log’s head) is built again from this log, loudly', async () => {
    // Another store (a data folder since deleted) built the read model up to 300 under this prefix.
    const anderDir = mkdtempSync(join(tmpdir(), 'handhaving-projections-ander-'));
    const ander = new EmbeddedEventStore({ dataDir: anderDir, synchronous: 'NORMAL', pollIntervalMs: 20 });
    for (let i = 0; i < 12; i++) await ander.appendToStream(`damocles-ander-${i}`, Array.from({ length: 25 }, () => ({ type: 'Spookzaak', data: {} })), { expectedRevision: 'any' });
    const oud = new ProjectionRunner({ eventStore: ander, redis, projections: [tellingen()], keyPrefix, logger });
    await oud.start();
    expect(await oud.waitForPosition(300n, 10_000)).toBe(true);
    await oud.stop();
    await ander.close();
    rmSync(anderDir, { recursive: true, force: true });

    const head = await append(100);
    const projections = runner([tellingen()]);
    await projections.start();
    expect(await projections.waitForPosition(head, 10_000)).toBe(true);
    expect(await tellingenIn()).toEqual(await expectedTellingen());
    expect(await storedCheckpoint()).toBe('100');
    expect(logged.filter(({ level }) => level === 'warn').map(({ message }) => message)).toContain(
      `Projection ${v1}: checkpoint 300 ligt voorbij het einde van de log (100); het leesmodel hoort bij een andere event store en wordt opnieuw opgebouwd`,
    );
  });

  it('waitForPosition of a filtered projection in a long stretch of other events reads on from what it learned, not the stretch again', async () => {
    await append(2000);
    const projections = runner([tellingen({ filter: { eventTypes: ['BestaatNiet'] } })]);
    await projections.start();
    const filtered: GlobalPosition[] = [];
    const readAll = store.readAll.bind(store);
    store.readAll = (options = {}) => {
      if (options.filter && options.maxCount === 1) filtered.push(options.after ?? 0n);
      return readAll(options);
    };

    expect(await projections.waitForPosition(2000n, 5_000)).toBe(true);
    const head = await append(50);
    expect(await projections.waitForPosition(head, 5_000)).toBe(true);
    expect(await projections.waitForPosition(head, 5_000)).toBe(true);
    // Its checkpoint stays 0 (nothing to take), yet the log is read once, and only from 2000: the
    // start-up learned that (0, 2000] holds nothing for it, the second question that (2000, 2050] does not.
    expect(filtered).toEqual([2000n]);
    expect(await tellingenIn()).toEqual({ perType: {}, perGemeente: {} });
  });

  it('waitForPosition: true once the position is applied, here or by another process; false after the timeout', async () => {
    const projections = runner([tellingen(), tellingenV2()]);
    await projections.start();
    const position = await append(40);
    expect(await projections.waitForPosition(position, 5_000)).toBe(true);
    expect((await tellingenIn()).perType['ZaakGeopend']).toBe('10');

    // An API process that runs no processor sees checkpoints written by another one.
    const queries = runner([tellingen(), tellingenV2()]);
    const later = await append(5);
    expect(await queries.waitForPosition(later, 5_000, v1)).toBe(true);
    expect(await queries.waitForPosition(later, 5_000)).toBe(true);

    await projections.stop();
    const unseen = await append(1);
    const began = performance.now();
    expect(await queries.waitForPosition(unseen, 150)).toBe(false);
    const waited = performance.now() - began;
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(1_000);
    await expect(queries.waitForPosition(unseen, 10, 'test.onbekend.v1')).rejects.toThrow(/Unknown projection/);
  });

  it('honours a filter by event type or stream prefix, and counts a filtered projection as caught up', async () => {
    const besluiten = tellingen({ name: 'test.besluiten.v1', filter: { eventTypes: ['SluitingsbesluitGenomen'] } });
    const kamers = tellingen({ name: 'test.kamerverhuur.v1', filter: { streamPrefixes: ['kamerverhuur-'] } });
    // The last event is a ConstateringVastgelegd on a damocles stream: neither takes the head.
    const head = await append(1010);
    const projections = runner([besluiten, kamers]);
    await projections.start();
    expect(await projections.waitForPosition(head, 10_000)).toBe(true);

    expect(await tellingenIn('test.besluiten.v1')).toEqual(
      await expectedTellingen((event) => event.type === 'SluitingsbesluitGenomen'),
    );
    expect(await tellingenIn('test.kamerverhuur.v1')).toEqual(
      await expectedTellingen((event) => event.streamId.startsWith('kamerverhuur-')),
    );
    const statuses = await projections.status();
    for (const status of statuses) {
      expect(status).toMatchObject({ state: 'live', head, lag: 0n });
      expect(status.checkpoint).toBeLessThan(head);
    }
  });

  it('a bumped v2 builds its own read model from the start, beside v1', async () => {
    const head = await append(800);
    const onlyV1 = runner([tellingen()]);
    await onlyV1.start();
    expect(await onlyV1.waitForPosition(head, 10_000)).toBe(true);
    await onlyV1.stop();
    const v1Before = await dumpKeys(redis, projectionKeyPrefix(keyPrefix, v1));

    const both = runner([tellingen(), tellingenV2()]);
    await both.start();
    expect(await both.waitForPosition(head, 10_000)).toBe(true);

    expect(await dumpKeys(redis, projectionKeyPrefix(keyPrefix, v1))).toEqual(v1Before);
    const v2Keys = await dumpKeys(redis, projectionKeyPrefix(keyPrefix, v2), { relative: true });
    expect(v2Keys.map(({ key }) => key)).toEqual(['checkpoint', 'eerste-type', 'per-context']);
    const perContext = await redis.hgetall(`${projectionKeyPrefix(keyPrefix, v2)}per-context`);
    expect(perContext).toEqual({ damocles: '400', kamerverhuur: '400' });
    const eersteType = await redis.hgetall(`${projectionKeyPrefix(keyPrefix, v2)}eerste-type`);
    const streamIds = new Set((await store.readAll({ maxCount: 10_000 })).map((event) => event.streamId));
    expect(Object.keys(eersteType).sort()).toEqual([...streamIds].sort());
    for (const [streamId, type] of Object.entries(eersteType)) {
      const [first] = await store.readStream(streamId, { maxCount: 1 });
      expect(type).toBe(first.type);
    }

    await both.rebuild(v2);
    expect(await dumpKeys(redis, projectionKeyPrefix(keyPrefix, v1))).toEqual(v1Before);
  });

  it('fences out a second processor of the same projection instead of applying a batch twice', async () => {
    const head = await append(2000);
    const one = runner([tellingen({ delayMs: 5 })], { batchSize: 100 });
    const other = runner([tellingen({ delayMs: 5 })], { batchSize: 100 });
    await Promise.all([one.start(), other.start()]);

    await eventually(async () => (await storedCheckpoint()) === String(head));
    const states = [(await one.status())[0], (await other.status())[0]];
    expect(states.map((status) => status.state).sort()).toEqual(['failed', 'live']);
    expect(states.find((status) => status.state === 'failed')?.error).toMatch(/another processor or a rebuild/);
    expect(await tellingenIn()).toEqual(await expectedTellingen());
  });

  it('fails, and says to rebuild, when Redis refuses a write inside EXEC', async () => {
    await append(10);
    const wrong = defineProjection({
      name: 'test.verkeerd.v1',
      handle: (events, { multi, key }) => {
        multi.hset(key('teller'), 'n', events.length);
        multi.incr(key('teller'));
      },
    });
    const projections = runner([wrong]);
    await projections.start();
    await eventually(async () => (await projections.status())[0].state === 'failed');
    expect((await projections.status())[0].error).toMatch(/WRONGTYPE.*rebuild this projection/);
  });

  it('refuses a Redis client with an ioredis keyPrefix, and a name registered twice', () => {
    const prefixed = new Redis(redisUrl as string, { keyPrefix: 'x:', lazyConnect: true });
    expect(() => runner([tellingen()], { redis: prefixed })).toThrow(/without ioredis keyPrefix/);
    prefixed.disconnect();
    expect(() => runner([tellingen(), tellingen()])).toThrow(/registered twice/);
  });
});

describeWithRedis('dumpKeys and deleteKeysWithPrefix', () => {
  let redis: Redis;
  let base: string;
  let prefix: string;

  beforeAll(() => {
    redis = new Redis(redisUrl as string);
    base = `hhtest:dump:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    prefix = `${base}[*]?:`;
  });

  afterAll(async () => {
    await deleteKeysWithPrefix(redis, base);
    await redis.quit();
  });

  it('dumps every key under a prefix, sorted, with its type and a comparable value', async () => {
    await redis
      .multi()
      .set(`${prefix}s`, 'waarde')
      .hset(`${prefix}h`, { b: '2', a: '1' })
      .rpush(`${prefix}l`, 'x', 'y', 'x')
      .sadd(`${prefix}set`, 'c', 'a', 'b')
      .zadd(`${prefix}z`, 2, 'twee', 1, 'een')
      // Matched by the prefix read as a glob, but not under the prefix itself.
      .set(`${base}*x:buiten`, 'niet onder het voorvoegsel')
      .exec();

    expect(await dumpKeys(redis, prefix, { relative: true })).toEqual([
      { key: 'h', type: 'hash', value: { a: '1', b: '2' } },
      { key: 'l', type: 'list', value: ['x', 'y', 'x'] },
      { key: 's', type: 'string', value: 'waarde' },
      { key: 'set', type: 'set', value: ['a', 'b', 'c'] },
      { key: 'z', type: 'zset', value: [['een', '1'], ['twee', '2']] },
    ]);
    expect((await dumpKeys(redis, prefix))[0].key).toBe(`${prefix}h`);

    // Glob characters in the prefix are literal: the key outside it survives.
    expect(await deleteKeysWithPrefix(redis, prefix)).toBe(5);
    expect(await dumpKeys(redis, prefix)).toEqual([]);
    expect(await redis.get(`${base}*x:buiten`)).toBe('niet onder het voorvoegsel');
    await expect(deleteKeysWithPrefix(redis, '')).rejects.toThrow(/prefix is empty/);
  });
});
