import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { DomainRuleViolation, leesPand, pandSleutel } from '@handhaving/domain-shared';
import { beleidOp, recidiveBeleidVan, type RecidiveBevinding } from '@handhaving/policy';
import { EERDERE_VONDSTEN_PROJECTIE, eerdereVondsten, type EerdereVondstenAntwoord } from '@handhaving/read-models';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { BeleidStream } from '../../../beleid/queries/beleid-stream';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { pandInvoer } from '../../../panden/pand.request.dto';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { RedisToken } from '../../../platform/redis/redis.module';
import { EerdereVondstenRequest } from './eerdere-vondsten.request.dto';

export interface RecidiveOverContexten extends EerdereVondstenAntwoord {
  readonly gemeente: string;
  readonly datum: string;
  readonly pand: string;
  readonly betrokkeneId?: string;
  /** The id of the policy version in force on `datum`. */
  readonly beleidsversie: string;
  readonly recidiveTermijnMaanden: number;
  readonly vondstenZonderMaatregelTellenMee: boolean;
  /** With flexteam among the contexten: the findings for which a visit counts. */
  readonly flexteamBevindingen?: readonly RecidiveBevinding[];
  /** Whether at least one earlier find counts. */
  readonly recidive: boolean;
}

/**
 * "Which earlier finds, in any context, count for a new find in pand P (and of betrokkene B) on
 * date D under gemeente G's policy?" — with the policy version, the window and, per find, why it
 * counts (docs/flexteam.md, "Recidive across contexts"). Without a recidive section the policy
 * counts Damocles finds in the pand, as GET /api/damocles/recidive does.
 */
@ApiTags('recidive')
@ApiBearerAuth()
@Controller('recidive')
export class EerdereVondstenController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    private readonly beleid: BeleidStream,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('juridisch-medewerker', 'oov-analist', 'toezichthouder', 'beheer')
  @ApiOperation({ summary: 'Recidive over alle contexten: de eerdere vondsten die meetellen voor een pand (en betrokkene) op een datum, volgens het beleid van kracht op die datum' })
  async recidive(@Query() query: EerdereVondstenRequest, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<RecidiveOverContexten> {
    assertGemeenteToegang(principal, query.gemeente);
    const pand = pandSleutel(leesPand(pandInvoer(query)));
    const { events } = await this.beleid.events(query.gemeente, query.bekendOp);
    const inForce = beleidOp(events, query.datum);
    if (inForce.status === 'geen-beleid') throw new DomainRuleViolation('recidive/geen-beleid', inForce.reden, 'datum');
    await this.readYourWrites.waitFor(query.na, [EERDERE_VONDSTEN_PROJECTIE], response);
    const { recidiveTermijnMaanden, vondstenZonderMaatregelTellenMee } = inForce.beleid.damocles;
    const recidive = recidiveBeleidVan(inForce.beleid);
    const antwoord = await eerdereVondsten(this.redis, this.config.redisKeyPrefix, {
      gemeente: query.gemeente,
      pandSleutel: pand,
      ...(query.betrokkeneId === undefined ? {} : { betrokkeneId: query.betrokkeneId }),
      datum: query.datum,
      recidiveTermijnMaanden,
      vondstenZonderMaatregelTellenMee,
      recidive,
      ...(query.bekendOp === undefined ? {} : { bekendOp: query.bekendOp }),
    });
    return {
      gemeente: query.gemeente,
      datum: query.datum,
      pand,
      ...(query.betrokkeneId === undefined ? {} : { betrokkeneId: query.betrokkeneId }),
      beleidsversie: inForce.versie,
      recidiveTermijnMaanden,
      vondstenZonderMaatregelTellenMee,
      ...(recidive.flexteamBevindingen === undefined ? {} : { flexteamBevindingen: recidive.flexteamBevindingen }),
      ...antwoord,
      recidive: antwoord.aantal > 0,
    };
  }
}
