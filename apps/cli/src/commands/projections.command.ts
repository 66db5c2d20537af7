import { ProjectionRunner, type RebuildProgress } from '@handhaving/projections';
import { allProjections } from '@handhaving/read-models';
import { InvalidArgumentError, type Command } from 'commander';
import Redis from 'ioredis';
import { openEventStore } from '../support/open-event-store';

/**
 * `handhaving projections status` — position and lag of every read model;
 * `handhaving projections rebuild [name]` — wipe a read model (or all) and replay the event log
 * into it, with a progress bar and the rate in events/s.
 */
export function registerProjectionsCommand(program: Command): void {
  const projections = program.command('projections').description('read models in Redis: status and rebuild');

  projections
    .command('status')
    .description('checkpoint, head and lag of every read model')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withRunner(async (runner) => {
        const statuses = await runner.status();
        if (options.json) {
          console.log(JSON.stringify(statuses, (_key, value) => (typeof value === 'bigint' ? value.toString() : value), 2));
          return;
        }
        console.log(['read model'.padEnd(32), 'checkpoint'.padStart(12), 'head'.padStart(12), 'lag'.padStart(10), '  state'].join(''));
        for (const status of statuses) {
          console.log(
            [status.name.padEnd(32), String(status.checkpoint).padStart(12), String(status.head).padStart(12), String(status.lag).padStart(10), `  ${status.state}${status.error ? `: ${status.error}` : ''}`].join(''),
          );
        }
      });
    });

  projections
    .command('rebuild')
    .description('wipe a read model (all when none is named) and replay the event log into it')
    .argument('[name]', 'e.g. betrokkenen.telling.v1', (name: string) => {
      if (!allProjections.some((projection) => projection.name === name)) {
        throw new InvalidArgumentError(`onbekend leesmodel; kies uit ${allProjections.map((projection) => projection.name).join(', ')}`);
      }
      return name;
    })
    .action(async (name: string | undefined) => {
      await withRunner(async (runner) => {
        for (const projection of name ? [name] : runner.names) {
          const result = await runner.rebuild(projection, { onProgress: (progress) => drawProgress(progress) });
          if (result.completed) drawProgress({ ...result, checkpoint: result.head });
          process.stderr.write('\n');
          console.log(
            `${projection}: ${result.processed} events in ${(result.elapsedMs / 1000).toFixed(1)} s (${Math.round(result.eventsPerSecond)} events/s), ${result.deletedKeys} keys replaced${result.completed ? '' : ' — INTERRUPTED, resumes from its checkpoint'}`,
          );
        }
      });
    });
}

async function withRunner(work: (runner: ProjectionRunner) => Promise<void>): Promise<void> {
  const redisUrl = process.env['REDIS_URL']?.trim();
  if (!redisUrl) throw new Error('REDIS_URL is not set: set REDIS_URL=redis://127.0.0.1:6379 (the Redis of the API)');
  const { store } = await openEventStore();
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const runner = new ProjectionRunner({
    eventStore: store,
    redis,
    projections: allProjections,
    keyPrefix: process.env['REDIS_KEY_PREFIX']?.trim() || undefined,
    logger: { info: () => undefined, warn: (message) => console.warn(message), error: (message) => console.error(message) },
  });
  try {
    await work(runner);
  } finally {
    await runner.stop();
    redis.disconnect();
    await store.close();
  }
}

function drawProgress(progress: RebuildProgress): void {
  const total = Number(progress.head);
  const done = Number(progress.checkpoint);
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const width = 30;
  const filled = Math.round(fraction * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  process.stderr.write(`\r${progress.name} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${progress.processed} events  ${Math.round(progress.eventsPerSecond)} events/s`);
}
