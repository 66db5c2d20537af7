#!/usr/bin/env node
// `npm test`: finds or starts the servers the integration suites need, runs every jest project
// once, and ends with one line `N passed, N failed` (the line CI reads).
//
// - PostgreSQL: HANDHAVING_TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/test, if it answers.
// - Redis: HANDHAVING_TEST_REDIS_URL, else a redis-server child on a free port (nothing on disk).
// - EventStoreDB: EVENTSTORE_URL when set; otherwise its suite is skipped, loudly.
// A missing server skips its suites with a warning; under CI=true only EventStoreDB may be missing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const ci = process.env.CI === 'true';
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const cleanups = [];

function warn(line) {
  process.stderr.write(`\n⚠️  ${line}\n`);
}

async function findPostgres() {
  if (env.HANDHAVING_TEST_POSTGRES_URL) return env.HANDHAVING_TEST_POSTGRES_URL;
  const { Client } = require('pg');
  const candidates = ['postgres://postgres@127.0.0.1:5432/test', 'postgres://127.0.0.1:5432/test'];
  for (const url of candidates) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return url;
    } catch {
      // try the next
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  if (env.HANDHAVING_TEST_REDIS_URL) return env.HANDHAVING_TEST_REDIS_URL;
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'handhaving-test-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  cleanups.push(() => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') return url;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  return undefined;
}

async function main() {
  const missing = [];
  const postgres = await findPostgres();
  if (postgres) env.HANDHAVING_TEST_POSTGRES_URL = postgres;
  else {
    env.HANDHAVING_TEST_POSTGRES_SKIP = 'PostgreSQL does not answer on 127.0.0.1:5432 (start it, or set HANDHAVING_TEST_POSTGRES_URL)';
    missing.push(`PostgreSQL suites: ${env.HANDHAVING_TEST_POSTGRES_SKIP}`);
  }
  const redis = await startRedis();
  if (redis) env.HANDHAVING_TEST_REDIS_URL = redis;
  else {
    env.HANDHAVING_TEST_REDIS_SKIP = 'redis-server is not installed (apt-get install redis-server, or set HANDHAVING_TEST_REDIS_URL)';
    missing.push(`Redis suites: ${env.HANDHAVING_TEST_REDIS_SKIP}`);
  }
  if (!env.EVENTSTORE_URL) missing.push('EventStoreDB contract suite: EVENTSTORE_URL is not set');
  for (const line of missing) warn(`SKIPPING ${line}`);
  if (ci && (!postgres || !redis)) {
    console.error('\nUnder CI=true PostgreSQL and Redis are required; only the EventStoreDB suite may be skipped.');
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }

  const resultsDir = join(root, 'test-results');
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = join(resultsDir, 'jest.json');
  rmSync(resultsFile, { force: true });
  const jest = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--config', join(root, 'jest.config.ts'), '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)],
    { cwd: root, env, stdio: 'inherit' },
  );

  let passed = 0;
  let failed = 0;
  try {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    passed = results.numPassedTests;
    failed = results.numFailedTests;
    // A suite that fails before any test runs (a syntax error, a failing beforeAll) counts as a failure.
    for (const suite of results.testResults) {
      if (suite.status === 'failed' && suite.assertionResults.every((test) => test.status !== 'failed')) failed += 1;
    }
  } catch {
    failed += 1;
    console.error(`jest wrote no results (exit code ${jest.status}); see its output above`);
  }
  if (failed === 0 && jest.status !== 0) failed += 1;
  for (const line of missing) warn(`SKIPPED ${line}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

try {
  await main();
} finally {
  for (const cleanup of cleanups) cleanup();
}
