/**
 * Which real servers this test run has. `npm test` (tools/test/run-tests.mjs) finds or starts
 * them and passes their addresses in the environment; a suite whose server is missing is
 * skipped loudly, except under CI=true, where only EventStoreDB may be missing.
 */
export interface ServiceAvailability {
  readonly url?: string;
  readonly skipReason?: string;
}

export function postgresForTests(): ServiceAvailability {
  const url = process.env['HANDHAVING_TEST_POSTGRES_URL'];
  if (url) return { url };
  return required(
    'PostgreSQL',
    process.env['HANDHAVING_TEST_POSTGRES_SKIP'] ??
      'HANDHAVING_TEST_POSTGRES_URL is not set (run the tests with `npm test`, which finds PostgreSQL on 127.0.0.1:5432)',
  );
}

export function redisForTests(): ServiceAvailability {
  const url = process.env['HANDHAVING_TEST_REDIS_URL'];
  if (url) return { url };
  return required(
    'Redis',
    process.env['HANDHAVING_TEST_REDIS_SKIP'] ??
      'HANDHAVING_TEST_REDIS_URL is not set (run the tests with `npm test`, which starts a redis-server)',
  );
}

export function eventStoreDbForTests(): ServiceAvailability {
  const url = process.env['EVENTSTORE_URL'];
  if (url) return { url };
  return { skipReason: 'EVENTSTORE_URL is not set: no EventStoreDB server to test against (set EVENTSTORE_URL=esdb://localhost:2113?tls=false)' };
}

function required(name: string, reason: string): ServiceAvailability {
  if (process.env['CI'] === 'true') {
    throw new Error(`${name} is required under CI=true but is not available: ${reason}`);
  }
  return { skipReason: reason };
}

/** Prints why a suite is skipped where nobody can miss it. */
export function announceSkip(suite: string, reason: string): void {
  process.stderr.write(`\n⚠️  SKIPPED ${suite}: ${reason}\n\n`);
}

/** A name unique to this test run, for schemas, key prefixes and stream ids. */
export function uniqueTestName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
