import { redisForTests } from '@handhaving/testing';
import Redis from 'ioredis';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const redisUrl = redisForTests('the built apps');
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(240_000);

/**
 * The bundles `npm start` and the images run, not the sources the other tests load: webpack orders
 * modules in its own way, so an import used before it is initialised, or a circle, shows only
 * here (the built API once crashed at start while every test passed). Built by nx (a cache hit
 * after CI's build step), started as production starts them, asked whether they answer.
 */
describeWithRedis('the built API and scheduler start', () => {
  const processen: ChildProcess[] = [];
  const mappen: string[] = [];
  const prefix = `hhtest:gebouwd:${process.pid}:`;

  beforeAll(() => {
    const build = spawnSync(process.execPath, [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'run-many', '-t', 'build', '-p', 'api', 'scheduler', '--output-style=static'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`nx build failed:\n${build.stdout}\n${build.stderr}`);
  });

  afterAll(async () => {
    for (const proces of processen) proces.kill('SIGTERM');
    for (const map of mappen) rmSync(map, { recursive: true, force: true });
    const redis = new Redis(redisUrl ?? '');
    const sleutels = await redis.keys(`${prefix}*`);
    if (sleutels.length > 0) await redis.unlink(...sleutels);
    redis.disconnect();
  });

  async function start(app: 'api' | 'scheduler', env: Record<string, string>): Promise<{ url: string; uitvoer: () => string }> {
    const map = mkdtempSync(join(tmpdir(), `handhaving-gebouwd-${app}-`));
    mappen.push(map);
    const port = await vrijePoort();
    let uitvoer = '';
    const proces = spawn(process.execPath, [join(root, 'dist', 'apps', app, 'main.js')], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', PORT: String(port), SCHEDULER_PORT: String(port), HANDHAVING_DATA_DIR: map, REDIS_URL: redisUrl ?? '', REDIS_KEY_PREFIX: prefix, HANDHAVING_DEV_MODE: 'true', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    processen.push(proces);
    proces.stdout?.on('data', (deel: Buffer) => (uitvoer += deel.toString('utf8')));
    proces.stderr?.on('data', (deel: Buffer) => (uitvoer += deel.toString('utf8')));
    return { url: `http://127.0.0.1:${port}`, uitvoer: () => uitvoer };
  }

  async function klaar(url: string, uitvoer: () => string, pad: string): Promise<number> {
    for (let poging = 0; poging < 300; poging++) {
      const status = await fetch(`${url}${pad}`).then((response) => response.status, () => undefined);
      if (status !== undefined) return status;
      await new Promise((wacht) => setTimeout(wacht, 100));
    }
    throw new Error(`not ready after 30 s; its output:\n${uitvoer()}`);
  }

  it('the API answers /health/ready with 200', async () => {
    const api = await start('api', {});
    expect(await klaar(api.url, api.uitvoer, '/health/ready')).toBe(200);
  });

  it('the scheduler answers /health/live with 200', async () => {
    const scheduler = await start('scheduler', {});
    expect(await klaar(scheduler.url, scheduler.uitvoer, '/health/live')).toBe(200);
  });
});

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
