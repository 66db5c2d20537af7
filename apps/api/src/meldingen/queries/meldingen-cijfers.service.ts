import { Inject, Injectable } from '@nestjs/common';
import { meldingenJaarcijfers, type MeldingenJaarcijfers } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { RedisToken } from '../../platform/redis/redis.module';

/**
 * The meldingen of a gemeente in a calendar year per bron and categorie, as known now or on a
 * day; the meldingen behind each cell when asked. For the figures' route and the annual report.
 */
@Injectable()
export class MeldingenCijfersService {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
  ) {}

  jaarcijfers(vraag: { gemeente: string; jaar: number; bekendOp?: string | undefined; metZaakIds: boolean }): Promise<MeldingenJaarcijfers> {
    return meldingenJaarcijfers(this.redis, this.config.redisKeyPrefix, {
      gemeente: vraag.gemeente,
      jaar: vraag.jaar,
      ...(vraag.bekendOp === undefined ? {} : { bekendOp: vraag.bekendOp }),
      metZaakIds: vraag.metZaakIds,
    });
  }
}
