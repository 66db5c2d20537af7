import { Inject, Injectable } from '@nestjs/common';
import { flexteamCijfers, type FlexteamCijfers } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { RedisToken } from '../../platform/redis/redis.module';

/**
 * The flexteam figures of a gemeente in a calendar year, as known now or on a day: a follow-up
 * whose year after its control is not over by then (today, or `bekendOp`) counts as not known yet.
 * For the figures' route and the annual report.
 */
@Injectable()
export class FlexteamCijfersService {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  cijfers(vraag: { gemeente: string; jaar: number; bekendOp?: string | undefined }): Promise<FlexteamCijfers> {
    return flexteamCijfers(this.redis, this.config.redisKeyPrefix, {
      gemeente: vraag.gemeente,
      jaar: vraag.jaar,
      vandaag: vandaag(this.clock),
      ...(vraag.bekendOp === undefined ? {} : { bekendOp: vraag.bekendOp }),
    });
  }
}
