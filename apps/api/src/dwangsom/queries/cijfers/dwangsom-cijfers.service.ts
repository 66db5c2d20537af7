import { Inject, Injectable } from '@nestjs/common';
import { dwangsomCijfers, type DwangsomCijfers } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { RedisToken } from '../../../platform/redis/redis.module';

/** The dwangsom figures of a gemeente over a period, as known now or on a day: for the figures' route and the annual report. */
@Injectable()
export class DwangsomCijfersService {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  cijfers(vraag: { gemeente: string; van: string; tot: string; bekendOp?: string | undefined }): Promise<DwangsomCijfers> {
    return dwangsomCijfers(this.redis, this.config.redisKeyPrefix, {
      gemeente: vraag.gemeente,
      van: vraag.van,
      tot: vraag.tot,
      bekendOp: vraag.bekendOp,
      // Verjaard is what was lost by the day asked about: the bekendOp date, else today.
      peildatum: vraag.bekendOp ?? vandaag(this.clock),
    });
  }
}
