import { redisForTests } from '@handhaving/testing';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DevIssuer, type Rol } from '@handhaving/auth';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import supertest from 'supertest';
import { Logger } from 'nestjs-pino';
import { createEventStore, type EventStore } from '@handhaving/event-store';
import { AppModule } from '../app.module';
import { EventStoreToken } from '../platform/event-store/event-store.module';
import { ClockToken, type Clock } from '../platform/clock/clock';
import { loadApiConfig, type ApiConfig } from '../config/api-config';
import { configureApp } from '../configure-app';

export interface TestApi {
  readonly app: INestApplication;
  readonly config: ApiConfig;
  readonly http: () => ReturnType<typeof supertest>;
  /** A development token for these roles and gemeenten. */
  token(rollen: Rol[], gemeenten?: string[], userId?: string): Promise<string>;
  readonly redis: Redis;
  /** The app's own event store, to check what was (not) appended. */
  eventStore(): EventStore;
  /** Every log line the API wrote so far (JSON, as pino writes it). */
  logs(): string;
  close(): Promise<void>;
}

/**
 * A clock a test sets: the instant the event store records as `recordedAt` and the API takes as
 * "today". The real time until `set` is called. Each reading after `set` is one millisecond later
 * than the one before, so events recorded "on the same day" keep their order.
 */
export interface SettableClock extends Clock {
  /** From now on the clock reads `instant` (an ISO instant), then counts up by 1 ms per reading. */
  set(instant: string): void;
}

export function settableClock(): SettableClock {
  let next: number | undefined;
  return {
    now: () => (next === undefined ? new Date() : new Date(next++)),
    set: (instant: string) => {
      const ms = Date.parse(instant);
      if (Number.isNaN(ms)) throw new RangeError(`settableClock: not an instant: ${instant}`);
      next = ms;
    },
  };
}

export interface TestApiOptions {
  /** Record events at the instants this clock gives, and let the API's "today" follow it (history recorded on chosen days). */
  readonly clock?: SettableClock;
}

/** Redis for end-to-end tests, from `npm test`; skipped loudly, or a failure under CI, when absent. */
export function testRedisUrl(): string | undefined {
  return redisForTests('API end-to-end tests');
}

/**
 * The real API (real embedded event store in a temp folder, real Redis under a key prefix of its
 * own, dev-mode tokens), as `main.ts` builds it, for HTTP tests.
 */
export async function startTestApi(redisUrl: string, extraEnv: Record<string, string> = {}, options: TestApiOptions = {}): Promise<TestApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-api-'));
  const prefix = `hhtest:${process.pid}:${Date.now().toString(36)}:`;
  const config = loadApiConfig({
    HANDHAVING_DATA_DIR: dataDir,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    HANDHAVING_DEV_MODE: 'true',
    LOG_LEVEL: 'info',
    ...extraEnv,
  });
  const logDestination = new PassThrough();
  const logLines: string[] = [];
  logDestination.on('data', (chunk: Buffer) => logLines.push(chunk.toString('utf8')));
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot(config, { logDestination })] });
  const clock = options.clock;
  if (clock !== undefined) {
    builder.overrideProvider(ClockToken).useValue(clock);
    builder.overrideProvider(EventStoreToken).useFactory({ factory: () => createEventStore(config.eventStore, { clock }) });
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureApp(app);
  app.enableShutdownHooks();
  await app.init();
  const issuer = await DevIssuer.open(dataDir);
  const redis = new Redis(redisUrl);
  return {
    app,
    config,
    redis,
    http: () => supertest(app.getHttpServer()),
    logs: () => logLines.join(''),
    eventStore: () => app.get<EventStore>(EventStoreToken),
    token: (rollen, gemeenten = ['GM0928'], userId = `test-${rollen.join('-')}`) => issuer.sign({ userId, rollen, gemeenten }),
    close: async () => {
      // A test may have closed the app itself (shutdown tests); closing twice is harmless here.
      await app.close().catch(() => undefined);
      await deleteKeys(redis, prefix);
      redis.disconnect();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}
