import { Controller, Get, Inject, Logger, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@handhaving/event-store';
import type { Response } from 'express';
import Redis from 'ioredis';
import { Public } from '../auth/auth.decorators';
import { EventStoreToken } from '../event-store/event-store.module';
import { RedisToken } from '../redis/redis.module';

type Check = { status: 'up' } | { status: 'down'; reason: string };

const logger = new Logger('Health');

@ApiTags('beheer')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) private readonly redis: Redis,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Leeft het proces? (voor de orchestrator)' })
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Kan de API opdrachten aannemen? Controleert de event store en Redis.' })
  async ready(@Res() response: Response): Promise<void> {
    const [eventStore, redis] = await Promise.all([
      check('event store', async () => void (await this.store.readHeadPosition())),
      check('Redis', async () => void (await this.redis.ping())),
    ]);
    const up = eventStore.status === 'up' && redis.status === 'up';
    response.status(up ? 200 : 503).json({ status: up ? 'up' : 'down', checks: { eventStore, redis } });
  }
}

/**
 * Up, or down with a reason anyone may read (the route is public): no answer, or an error — whose
 * message can name a host or a user, so it goes to the log, for beheer, not into the answer.
 */
async function check(wat: string, probe: () => Promise<void>): Promise<Check> {
  const geenAntwoord = new Error('no answer within 2 s');
  try {
    await Promise.race([probe(), new Promise((_, reject) => setTimeout(() => reject(geenAntwoord), 2_000).unref())]);
    return { status: 'up' };
  } catch (error) {
    logger.warn({ err: error }, `${wat} is down`);
    return { status: 'down', reason: error === geenAntwoord ? 'geen antwoord binnen 2 s' : 'fout; zie het log' };
  }
}
