import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';

export const RedisToken = Symbol('Redis');

@Global()
@Module({
  providers: [
    {
      provide: RedisToken,
      inject: [ApiConfigToken],
      useFactory: (config: ApiConfig): Redis => new Redis(config.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false }),
    },
  ],
  exports: [RedisToken],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(RedisToken) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
