import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { mountBullBoard, BEHEER_PAD } from './beheer/bull-board';
import { beveiligingsheaders } from './beveiliging/beveiligingsheaders';
import { ConfigurationError, loadSchedulerConfig } from './config/scheduler-config';
import { SchedulerModule } from './scheduler.module';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadSchedulerConfig();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    for (const problem of error.problems) console.error(`configuratie: ${problem}`);
    process.exit(1);
  }
  const levels = { fatal: ['fatal'], error: ['fatal', 'error'], warn: ['fatal', 'error', 'warn'], info: ['fatal', 'error', 'warn', 'log'], debug: ['fatal', 'error', 'warn', 'log', 'debug'], trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'], silent: [] } as const;
  const app = await NestFactory.create(SchedulerModule.forRoot(config), { logger: [...levels[config.logLevel as keyof typeof levels]] });
  // Before the board, so that its page and its refusals carry them.
  beveiligingsheaders(app);
  mountBullBoard(app);
  app.enableShutdownHooks();
  await app.listen(config.port);
  new Logger('Scheduler').log(`Handhaving scheduler draait; wachtrijen voor beheer op http://localhost:${config.port}${BEHEER_PAD}`);
}

void bootstrap();
