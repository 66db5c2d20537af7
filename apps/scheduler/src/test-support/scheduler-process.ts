// A scheduler process for the kill test: runs until it is killed (SIGKILL, no clean-up at all).
import { NestFactory } from '@nestjs/core';
import type { SchedulerConfig } from '../config/scheduler-config';
import { WebhookKanaal } from '../notificatie/webhook-kanaal';
import { SchedulerModule } from '../scheduler.module';
import { verschovenKlok } from './scheduler-harness';

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2]) as SchedulerConfig;
  const offsetMs = Number(process.argv[3]);
  const app = await NestFactory.create(
    SchedulerModule.forRoot(config, { clock: verschovenKlok(offsetMs), kanalen: [new WebhookKanaal(config.notificatie.webhookUrl ?? '', 60_000)] }),
    { logger: false },
  );
  await app.init();
  process.stdout.write('started\n');
}

void main();
