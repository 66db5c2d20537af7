import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { betrokkenenTelling, leesBetrokkenenTelling } from '@handhaving/read-models';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { RedisToken } from '../../../platform/redis/redis.module';
import { BetrokkenenTellingRequest } from './betrokkenen-telling.request.dto';

@ApiTags('betrokkenen')
@ApiBearerAuth()
@Controller('betrokkenen-telling')
export class BetrokkenenTellingController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('oov-analist', 'beheer')
  @ApiOperation({ summary: 'Aantal geregistreerde betrokkenen en verwijderingen per gemeente en jaar (geen persoonsgegevens)' })
  async telling(@Query() query: BetrokkenenTellingRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    await this.readYourWrites.waitFor(query.na, [betrokkenenTelling.name], response);
    response.json(await leesBetrokkenenTelling(this.redis, this.config.redisKeyPrefix, query.gemeente, query.jaar));
  }
}
