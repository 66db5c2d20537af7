/**
 * The servers a benchmark runs against, started for the run and stopped after it: a throw-away
 * redis-server (nothing on disk, or AOF as deploy/ prescribes), the built API in its own process
 * on an embedded store, and any other child process a benchmark starts through `startProcess`.
 */
import { DevIssuer, type Rol } from '@handhaving/auth';
import Redis from 'ioredis';
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const children = new Set<ChildProcess>();

/** Stops every server this process started; call it when the benchmark ends, also on failure. */
export function stopServers(): void {
  for (const child of children) child.kill('SIGTERM');
  children.clear();
}

/** A child process that `stopServers` stops (unless it exited before). */
export function startProcess(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export interface RedisOpties {
  /**
   * As deploy/redis.conf prescribes for the scheduler: AOF with appendfsync everysec and
   * maxmemory-policy noeviction (the files in a temp folder, removed when it stops). Without it,
   * nothing is written to disk.
   */
  readonly aof?: boolean;
}

export async function startRedis(opties: RedisOpties = {}): Promise<string> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'handhaving-bench-redis-'));
  const persistence = opties.aof ? ['--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction'] : ['--appendonly', 'no'];
  const redis = startProcess('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir], { stdio: 'ignore' });
  redis.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { retryStrategy: (times) => (times > 50 ? null : 100) });
  client.on('error', () => undefined); // refused until redis-server listens
  await client.ping();
  client.disconnect();
  return url;
}

export interface RunningApi {
  readonly url: string;
  readonly dataDir: string;
  token(userId: string, rollen: readonly Rol[], gemeenten: readonly string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * `dist/apps/api/main.js` (build it first) in dev mode on a fresh embedded store in a temp folder,
 * or on the store in `dataDir` (a history written beforehand); the folder is removed when it stops.
 */
export async function startBuiltApi(redisUrl: string, env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'handhaving-bench-api-'))): Promise<RunningApi> {
  const port = await freePort();
  // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the API under load.
  const nodeArgs = process.env['BENCH_API_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const api = startProcess(process.execPath, [...nodeArgs, join(root, 'dist', 'apps', 'api', 'main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HANDHAVING_DATA_DIR: dataDir, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: 'bench:', HANDHAVING_DEV_MODE: 'true', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForReady(`${url}/health/ready`);
  const issuer = await DevIssuer.open(dataDir);
  return {
    url,
    dataDir,
    token: (userId, rollen, gemeenten) => issuer.sign({ userId, rollen: [...rollen], gemeenten: [...gemeenten] }),
    stop: async () => {
      if (api.exitCode === null && api.signalCode === null) {
        const exited = new Promise((resolve) => api.once('exit', resolve));
        api.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Until `url` answers 2xx (30 s at most). */
export async function waitForReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not become ready at ${url}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
