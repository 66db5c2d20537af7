// A scheduler in its own process, for the kill test and the benchmark: runs until it is killed.
// Arguments: the configuration as JSON, the clock's offset from the machine's in ms. Prints
// `started`, then the first reconcile's result as one JSON line.
import { NestFactory } from '@nestjs/core';
import type { SchedulerConfig } from '../config/scheduler-config';
import { HerinneringenService } from '../herinneringen/herinneringen.service';
import { WebhookKanaal } from '../notificatie/webhook-kanaal';
import { SchedulerModule } from '../scheduler.module';
import { verschovenKlok } from './scheduler-harness';

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2]) as SchedulerConfig;
  const offsetMs = Number(process.argv[3] ?? 0);
  const app = await NestFactory.create(
    SchedulerModule.forRoot(config, { clock: verschovenKlok(offsetMs), kanalen: [new WebhookKanaal(config.notificatie.webhookUrl ?? '', 60_000)] }),
    { logger: process.env['SCHEDULER_TEST_LOG'] ? ['error', 'warn', 'log'] : false },
  );
  await app.init();
  // Stopped as abruptly as by the signal itself, but through exit, so `node --cpu-prof` writes its profile.
  process.once('SIGTERM', () => process.exit(0));
  process.stdout.write('started\n');
  const reconcile = await app.get(HerinneringenService).eersteReconcile;
  process.stdout.write(`${JSON.stringify({ reconcile })}\n`);
}

void main();
