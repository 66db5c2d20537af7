import { describeWith, redisForTests } from '@handhaving/testing';
import { EmbeddedEventStore, type NewEvent } from '@handhaving/event-store';
import Redis from 'ioredis';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointKey, projectionKeyPrefix } from './projection-keys';
import { ProjectionRunner } from './projection-runner';
import { deleteKeysWithPrefix, dumpKeys } from './redis-keys';
import { killTellingen } from './fixtures/tellingen.projection';

const redisUrl = redisForTests('projection process kill test');
const describeWithRedis = describeWith(redisUrl);
const root = join(__dirname, '..', '..', '..');

describeWithRedis('a projection process killed with SIGKILL', () => {
  let dataDir: string;
  let redis: Redis;
  const killedPrefix = `hhkill:${process.pid}:a:`;
  const cleanPrefix = `hhkill:${process.pid}:b:`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-kill-'));
    redis = new Redis(redisUrl ?? '');
    const store = new EmbeddedEventStore({ dataDir });
    for (let stream = 0; stream < 40; stream++) {
      const events: NewEvent[] = Array.from({ length: 50 }, (_, index) => ({ type: index % 3 === 0 ? 'A' : 'B', data: { index } }));
      await store.appendToStream(`kill-${stream}`, events, { expectedRevision: 'no-stream' });
    }
    await store.close();
  });

  afterAll(async () => {
    await deleteKeysWithPrefix(redis, killedPrefix);
    await deleteKeysWithPrefix(redis, cleanPrefix);
    redis.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts where it stopped and ends equal to a clean rebuild', async () => {
    // 2,000 events in batches of 50, 20 ms each: the kill lands while batches are in flight.
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'fixtures', 'projection-process.ts'), dataDir, redisUrl ?? '', killedPrefix], {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    const checkpoint = checkpointKey(killedPrefix, killTellingen.name);
    while (Number((await redis.get(checkpoint)) ?? 0) < 500) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const stoppedAt = Number(await redis.get(checkpoint));
    expect(stoppedAt).toBeGreaterThanOrEqual(500);
    expect(stoppedAt).toBeLessThan(2000);

    const store = new EmbeddedEventStore({ dataDir });
    const resumed = new ProjectionRunner({ eventStore: store, redis, projections: [killTellingen], keyPrefix: killedPrefix, batchSize: 50 });
    await resumed.start();
    expect(await resumed.waitForPosition(2000n, 30_000)).toBe(true);
    await resumed.stop();

    const clean = new ProjectionRunner({ eventStore: store, redis, projections: [killTellingen], keyPrefix: cleanPrefix, batchSize: 50 });
    await clean.rebuild(killTellingen.name);
    await clean.stop();
    await store.close();

    const killed = await dumpKeys(redis, projectionKeyPrefix(killedPrefix, killTellingen.name), { relative: true });
    const rebuilt = await dumpKeys(redis, projectionKeyPrefix(cleanPrefix, killTellingen.name), { relative: true });
    expect(killed).toEqual(rebuilt);
    // Every event applied exactly once, in global order.
    const order = await redis.lrange(`${projectionKeyPrefix(killedPrefix, killTellingen.name)}volgorde`, 0, -1);
    expect(order).toEqual(Array.from({ length: 2000 }, (_, index) => String(index + 1)));
  }, 90_000);
});
