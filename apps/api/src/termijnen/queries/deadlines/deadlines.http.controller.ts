import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { DEADLINES_PROJECTIE, deadlines } from '@handhaving/read-models';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { RedisToken } from '../../../platform/redis/redis.module';
import { DeadlinesRequest } from './deadlines.request.dto';

/** The deadline list: every legal term of every case, by due date, for a gemeente or a medewerker. */
@ApiTags('termijnen')
@ApiBearerAuth()
@Controller('termijnen')
export class DeadlinesController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('juridisch-medewerker', 'toezichthouder', 'beheer')
  @ApiOperation({ summary: 'Termijnen met hun einddatum, uitleg en stand (lopend, opgeschort, verstreken, voldaan, vervallen)' })
  async lijst(@Query() query: DeadlinesRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    await this.readYourWrites.waitFor(query.na, [DEADLINES_PROJECTIE], response);
    const regels = await deadlines(this.redis, this.config.redisKeyPrefix, {
      gemeente: query.gemeente,
      van: query.van,
      tot: query.tot,
      medewerker: query.medewerker === 'mijn' ? principal.userId : query.medewerker,
      status: query.status,
      peildatum: query.peildatum ?? vandaag(this.clock),
    });
    response.json({ gemeente: query.gemeente, termijnen: regels });
  }
}
