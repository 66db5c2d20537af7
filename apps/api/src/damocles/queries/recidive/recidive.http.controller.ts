import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { DomainRuleViolation, leesPand, pandSleutel } from '@handhaving/domain-shared';
import { beleidOp } from '@handhaving/policy';
import { recidiveVoor, type RecidiveAntwoord } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { BeleidStream } from '../../../beleid/queries/beleid-stream';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { RedisToken } from '../../../platform/redis/redis.module';
import { RecidiveRequest } from './recidive.request.dto';
import { pandInvoer } from '../../../panden/pand.request.dto';

export interface RecidiveCheck extends RecidiveAntwoord {
  readonly pand: string;
  readonly recidive: boolean;
  readonly beleidsversie: string;
  readonly recidiveTermijnMaanden: number;
}

/** "Is a find in pand P on date D recidive under gemeente G's policy?" — with the earlier finds that count. */
@ApiTags('damocles')
@ApiBearerAuth()
@Controller('damocles/recidive')
export class RecidiveController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    private readonly beleid: BeleidStream,
  ) {}

  @Get()
  @Roles('juridisch-medewerker', 'oov-analist', 'beheer')
  @ApiOperation({ summary: 'Recidivecheck voor een adres of BAG-id op een datum, volgens het beleid van kracht op die datum' })
  async check(@Query() query: RecidiveRequest, @CurrentPrincipal() principal: Principal): Promise<RecidiveCheck> {
    assertGemeenteToegang(principal, query.gemeente);
    const pand = pandSleutel(leesPand(pandInvoer(query)));
    const { events } = await this.beleid.events(query.gemeente, query.bekendOp);
    const inForce = beleidOp(events, query.datum);
    if (inForce.status === 'geen-beleid') throw new DomainRuleViolation('damocles/geen-beleid', inForce.reden, 'datum');
    const recidiveTermijnMaanden = inForce.beleid.damocles.recidiveTermijnMaanden;
    const antwoord = await recidiveVoor(this.redis, this.config.redisKeyPrefix, {
      pandSleutel: pand,
      constateringsdatum: query.datum,
      recidiveTermijnMaanden,
      vondstenZonderMaatregelTellenMee: inForce.beleid.damocles.vondstenZonderMaatregelTellenMee,
      bekendOp: query.bekendOp,
    });
    // Only this gemeente's finds: another gemeente's cases are not shown here.
    const eerdereVondsten = antwoord.eerdereVondsten.filter((vondst) => vondst.gemeente === query.gemeente);
    return { ...antwoord, eerdereVondsten, pand, recidive: eerdereVondsten.length > 0, beleidsversie: inForce.versie, recidiveTermijnMaanden };
  }
}
