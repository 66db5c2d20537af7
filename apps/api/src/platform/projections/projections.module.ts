import { Global, Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@handhaving/event-store';
import { ProjectionRunner } from '@handhaving/projections';
import { allProjections } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { EventStoreToken } from '../event-store/event-store.module';
import { RedisToken } from '../redis/redis.module';
import { ReadYourWrites } from './read-your-writes';

/**
 * The read models, fed only by the event store's global subscription, each with its checkpoint
 * in Redis. They run in the API process unless PROJECTIONS_ENABLED=false (then another process
 * runs them; status and read-your-writes still work from here).
 */
@Global()
@Module({
  providers: [
    {
      provide: ProjectionRunner,
      inject: [EventStoreToken, RedisToken, ApiConfigToken],
      useFactory: (eventStore: EventStore, redis: Redis, config: ApiConfig): ProjectionRunner => {
        const logger = new Logger('Projections');
        return new ProjectionRunner({
          eventStore,
          redis,
          projections: allProjections,
          keyPrefix: config.redisKeyPrefix,
          logger: {
            info: (message, context) => logger.log({ ...context }, message),
            warn: (message, context) => logger.warn({ ...context }, message),
            error: (message, context) => logger.error({ ...context }, message),
          },
        });
      },
    },
    ReadYourWrites,
  ],
  exports: [ProjectionRunner, ReadYourWrites],
})
export class ProjectionsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.runProjections) await this.runner.start();
  }

  /** Graceful shutdown: the batch in flight commits with its checkpoint, then the processors stop. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
