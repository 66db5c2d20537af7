#!/usr/bin/env node
// `npm start`: runs the Handhaving API on this machine with nothing to configure. The event
// store is embedded (SQLite in HANDHAVING_DATA_DIR, ./.data by default); Redis comes from
// REDIS_URL, a server already on 127.0.0.1:6379, or a redis-server started here with its files
// in the data folder and AOF on. Dev mode is on: it prints a development token to try the API.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(root, process.env.HANDHAVING_DATA_DIR ?? '.data');
const port = Number(process.env.PORT ?? 3000);
const env = {
  HANDHAVING_DEV_MODE: 'true',
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  HANDHAVING_DATA_DIR: dataDir,
  PORT: String(port),
};
const children = [];
const stopChildren = () => children.forEach((child) => child.kill('SIGTERM'));

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`Handhaving needs Node.js 20 or newer; this is ${process.version}.`);
  process.exit(1);
}

function listening(portToTry) {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port: portToTry });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

const sleep = (ms) => new Promise((wait) => setTimeout(wait, ms));

/** Returns a line saying where Redis is, or undefined when there is none (and says what to do). */
async function ensureRedis() {
  if (env.REDIS_URL) return `Redis: ${env.REDIS_URL} (REDIS_URL)`;
  if (await listening(6379)) {
    env.REDIS_URL = 'redis://127.0.0.1:6379';
    return 'Redis: the server already listening on 127.0.0.1:6379';
  }
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  const redisDir = join(dataDir, 'redis');
  mkdirSync(redisDir, { recursive: true });
  const child = spawn(
    'redis-server',
    ['--port', '6379', '--bind', '127.0.0.1', '--dir', redisDir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore' },
  );
  children.push(child);
  for (let attempt = 0; attempt < 50 && !(await listening(6379)); attempt++) await sleep(100);
  env.REDIS_URL = 'redis://127.0.0.1:6379';
  return `Redis: started redis-server on 127.0.0.1:6379 with its files in ${redisDir} (AOF on)`;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    stopChildren();
    process.exit(result.status ?? 1);
  }
  return result;
}

console.log('Building the API, the scheduler and the command line (Nx caches them after the first time)…');
run(process.execPath, [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'run-many', '-t', 'build', '-p', 'api', 'scheduler', 'cli', '--output-style=static']);

const redis = await ensureRedis();
if (!redis) {
  console.error('Redis is needed: install redis-server (apt-get install redis-server, brew install redis) or set REDIS_URL=redis://host:6379.');
  process.exit(1);
}
console.log(redis);
console.log(`Data folder: ${dataDir}`);

const cli = join(root, 'dist', 'apps', 'cli', 'main.js');
const api = spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'main.js')], { cwd: root, env, stdio: 'inherit' });
children.push(api);
api.on('exit', (code) => {
  stopChildren();
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));

let ready = false;
for (let attempt = 0; attempt < 150 && !ready; attempt++) {
  await sleep(200);
  ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then((response) => response.ok, () => false);
}
if (!ready) {
  console.error(`The API did not become ready on port ${port}; see its log above.`);
  api.kill('SIGTERM');
} else {
  const token = spawnSync(
    process.execPath,
    [cli, 'dev-token', '--rol', 'beheer', 'juridisch-medewerker', 'oov-analist', 'installatiebeheer', '--gemeente', 'GM0928', '--gebruiker', 'demo', '--naam', 'Demo Gebruiker'],
    { cwd: root, env, encoding: 'utf8' },
  ).stdout.trim();
  run(process.execPath, [cli, 'seed-demo', '--api', `http://127.0.0.1:${port}`]);
  // The scheduler fires deadline reminders (to this log unless SMTP_URL or HERINNERING_WEBHOOK_URL is set).
  const schedulerPort = Number(process.env.SCHEDULER_PORT ?? port + 1);
  const scheduler = spawn(process.execPath, [join(root, 'dist', 'apps', 'scheduler', 'main.js')], {
    cwd: root,
    env: { ...env, SCHEDULER_PORT: String(schedulerPort) },
    stdio: 'inherit',
  });
  children.push(scheduler);
  console.log(`\nHandhaving runs on http://localhost:${port}/api — documentation: http://localhost:${port}/api/docs`);
  console.log('A development token (beheer, juridisch-medewerker, oov-analist for GM0928 Kerkrade; installatiebeheer for the queue board), valid 8 hours:\n');
  console.log(token);
  console.log(`\nTry: curl -H "Authorization: Bearer <token>" http://localhost:${port}/api/beleid/GM0928`);
  console.log(`Reminder queues (installatiebeheer): http://localhost:${schedulerPort}/admin/queues?token=<token>\nStop with Ctrl+C.`);
}
