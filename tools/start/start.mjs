#!/usr/bin/env node
// `npm start`: runs Handhaving on this machine with nothing to configure. The event store is
// embedded (SQLite in HANDHAVING_DATA_DIR, ./.data by default). Redis comes from REDIS_URL, or
// from a redis-server started here with its files in the data folder and AOF on.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(root, process.env.HANDHAVING_DATA_DIR ?? '.data');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', HANDHAVING_DATA_DIR: dataDir };
const children = [];

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`Handhaving needs Node.js 20 or newer; this is ${process.version}.`);
  process.exit(1);
}

function listening(port) {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });
}

async function ensureRedis() {
  if (env.REDIS_URL) return `Redis: ${env.REDIS_URL} (REDIS_URL)`;
  if (await listening(6379)) {
    env.REDIS_URL = 'redis://127.0.0.1:6379';
    return 'Redis: the server already listening on 127.0.0.1:6379';
  }
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
    return 'Redis: not found. Install redis-server (apt-get install redis-server, brew install redis) or set REDIS_URL; the demo runs without it.';
  }
  const redisDir = join(dataDir, 'redis');
  mkdirSync(redisDir, { recursive: true });
  const child = spawn(
    'redis-server',
    ['--port', '6379', '--bind', '127.0.0.1', '--dir', redisDir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore' },
  );
  children.push(child);
  for (let attempt = 0; attempt < 50 && !(await listening(6379)); attempt++) {
    await new Promise((wait) => setTimeout(wait, 100));
  }
  env.REDIS_URL = 'redis://127.0.0.1:6379';
  return `Redis: started redis-server on 127.0.0.1:6379 with its files in ${redisDir} (AOF on)`;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    for (const child of children) child.kill('SIGTERM');
    process.exit(result.status ?? 1);
  }
}

console.log('Building the command line (Nx caches it after the first time)…');
run(process.execPath, [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'build', 'cli', '--output-style=static']);
console.log(await ensureRedis());
console.log(`Data folder: ${dataDir}\n`);
run(process.execPath, [join(root, 'dist', 'apps', 'cli', 'main.js'), 'demo']);
for (const child of children) child.kill('SIGTERM');
