import { Inject, Injectable } from '@nestjs/common';
import { kamerverhuurCijfers, registerTabel, type KamerverhuurCijfers, type Registertabel, type RegisterVraag } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { RedisToken } from '../../platform/redis/redis.module';

/**
 * The kamerverhuur figures of a gemeente: the pand register on dates, and the figures of a period
 * (aanschrijvingen, trajecten, procedures, vergunningen), as known now or on a day; every cell with
 * its panden and cases. For the register and figures routes and the annual report.
 */
@Injectable()
export class KamerverhuurCijfersService {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
  ) {}

  register(vraag: RegisterVraag): Promise<Registertabel> {
    return registerTabel(this.redis, this.config.redisKeyPrefix, vraag);
  }

  cijfers(vraag: { gemeente: string; van: string; tot: string; bekendOp?: string | undefined }): Promise<KamerverhuurCijfers> {
    return kamerverhuurCijfers(this.redis, this.config.redisKeyPrefix, { gemeente: vraag.gemeente, van: vraag.van, tot: vraag.tot, ...(vraag.bekendOp === undefined ? {} : { bekendOp: vraag.bekendOp }) });
  }
}
