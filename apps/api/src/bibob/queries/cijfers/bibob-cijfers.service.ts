import { Inject, Injectable } from '@nestjs/common';
import { bibobCijfers, type BibobCijfers } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { RedisToken } from '../../../platform/redis/redis.module';

/**
 * The Bibob figures of a gemeente over a period, as known now or on a day, with the toetsen behind
 * each cell: the caller decides who may see those (the figures' route: the Bibob role only; the
 * annual report: nobody). For the figures' route and the annual report.
 */
@Injectable()
export class BibobCijfersService {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
  ) {}

  cijfers(vraag: { gemeente: string; van: string; tot: string; bekendOp?: string | undefined }): Promise<BibobCijfers> {
    return bibobCijfers(this.redis, this.config.redisKeyPrefix, { gemeente: vraag.gemeente, van: vraag.van, tot: vraag.tot, bekendOp: vraag.bekendOp });
  }
}
