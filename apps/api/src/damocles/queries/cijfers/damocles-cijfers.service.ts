import { Inject, Injectable } from '@nestjs/common';
import { damoclesCijfers, type DamoclesCijfers } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { BeleidStream } from '../../../beleid/queries/beleid-stream';
import { RedisToken } from '../../../platform/redis/redis.module';
import { damoclesBeleidVoorVondst, type DamoclesBeleid } from './damocles-beleid-voor-vondst';

export interface DamoclesCijfersMetOpmerkingen extends DamoclesCijfers {
  /** What the figures rest on besides the counting rules (e.g. a find from before the first policy). */
  readonly opmerkingen: readonly string[];
}

/**
 * The Damocles figures of a gemeente over a period, as known now or on a day: recidive judged by
 * the window of the policy in force on each find's date (Kerkrade: 24 months before 2020, 36
 * after), as that policy was known on the same day. For the figures' route and the annual report.
 */
@Injectable()
export class DamoclesCijfersService {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    private readonly beleid: BeleidStream,
  ) {}

  async cijfers(vraag: { gemeente: string; van: string; tot: string; bekendOp?: string | undefined }): Promise<DamoclesCijfersMetOpmerkingen> {
    const { events } = await this.beleid.events(vraag.gemeente, vraag.bekendOp);
    const opmerkingen = new Set<string>();
    const perDatum = new Map<string, DamoclesBeleid>();
    const beleidVoor = (datum: string): DamoclesBeleid => {
      let beleid = perDatum.get(datum);
      if (beleid === undefined) perDatum.set(datum, (beleid = damoclesBeleidVoorVondst(events, vraag.gemeente, datum, opmerkingen)));
      return beleid;
    };
    const berekend = await damoclesCijfers(this.redis, this.config.redisKeyPrefix, {
      gemeente: vraag.gemeente,
      van: vraag.van,
      tot: vraag.tot,
      bekendOp: vraag.bekendOp,
      recidiveTermijnMaanden: (datum) => beleidVoor(datum).recidiveTermijnMaanden,
      vondstenZonderMaatregelTellenMee: (datum) => beleidVoor(datum).vondstenZonderMaatregelTellenMee,
    });
    return { ...berekend, opmerkingen: [...opmerkingen] };
  }
}
