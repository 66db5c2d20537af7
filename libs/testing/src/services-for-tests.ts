/**
 * Which real servers this test run has. `npm test` (tools/test/run-tests.mjs) finds or starts
 * them and passes their addresses in the environment. A suite whose server is missing is skipped
 * loudly, except under CI=true, where only EventStoreDB may be missing.
 */

/** Redis for integration tests, or undefined after saying loudly that `suite` is skipped. */
export function redisForTests(suite: string): string | undefined {
  return required(suite, 'HANDHAVING_TEST_REDIS_URL', 'Redis', process.env['HANDHAVING_TEST_REDIS_SKIP'] ?? 'HANDHAVING_TEST_REDIS_URL is not set (run the tests with npm test, which starts a redis-server)');
}

/** PostgreSQL for integration tests, or undefined after saying loudly that `suite` is skipped. */
export function postgresForTests(suite: string): string | undefined {
  return required(
    suite,
    'HANDHAVING_TEST_POSTGRES_URL',
    'PostgreSQL',
    process.env['HANDHAVING_TEST_POSTGRES_SKIP'] ?? 'HANDHAVING_TEST_POSTGRES_URL is not set (run the tests with npm test, which finds PostgreSQL on 127.0.0.1:5432)',
  );
}

/** EventStoreDB, which cannot be installed everywhere: skipped (loudly) when EVENTSTORE_URL is not set, even under CI. */
export function eventStoreDbForTests(suite: string): string | undefined {
  const url = process.env['EVENTSTORE_URL'];
  if (!url) announceSkip(suite, 'EVENTSTORE_URL is not set: no EventStoreDB server to test against (set EVENTSTORE_URL=esdb://localhost:2113?tls=false)');
  return url;
}

/** `describe` when the server is there, `describe.skip` when not. */
export function describeWith(url: string | undefined): jest.Describe {
  return url ? describe : describe.skip;
}

/** Prints why a suite is skipped where nobody can miss it. */
export function announceSkip(suite: string, reason: string): void {
  process.stderr.write(`\n⚠️  SKIPPED ${suite}: ${reason}\n\n`);
}

/** A name unique to this test run, for schemas, key prefixes and stream ids. */
export function uniqueTestName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

function required(suite: string, variable: string, server: string, reason: string): string | undefined {
  const url = process.env[variable];
  if (url) return url;
  if (process.env['CI'] === 'true') throw new Error(`${server} is required under CI=true but is not available for ${suite}: ${reason}`);
  announceSkip(suite, reason);
  return undefined;
}
