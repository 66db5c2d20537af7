import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { KAMERVERHUUR_CIJFERS_PROJECTIE, kamerverhuurCijfers } from '@handhaving/read-models';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { CijfersRequest, periode } from '../../platform/cijfers/cijfers.request.dto';
import { ReadYourWrites } from '../../platform/projections/read-your-writes';
import { RedisToken } from '../../platform/redis/redis.module';
import { kamerverhuurCijfersAlsCsv } from './kamerverhuur-cijfers-csv';

/** The kamerverhuur figures per gemeente and year or period, as known now or on a day; every cell lists its panden and cases. */
@ApiTags('kamerverhuur')
@ApiBearerAuth()
@Controller('kamerverhuur/cijfers')
export class KamerverhuurCijfersController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('oov-analist', 'juridisch-medewerker', 'beheer')
  @ApiOperation({ summary: 'Kamerverhuurcijfers: aanschrijvingen, handhavingstrajecten per soort en resultaat, bezwaar en beroep, vergunningen (JSON of CSV)' })
  async cijfers(@Query() query: CijfersRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    const { van, tot } = periode(query);
    await this.readYourWrites.waitFor(query.na, [KAMERVERHUUR_CIJFERS_PROJECTIE], response);
    const cijfers = await kamerverhuurCijfers(this.redis, this.config.redisKeyPrefix, { gemeente: query.gemeente, van, tot, ...(query.bekendOp === undefined ? {} : { bekendOp: query.bekendOp }) });
    if (query.formaat === 'csv') {
      response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="kamerverhuur-${query.gemeente}-${van}-${tot}.csv"`);
      response.send(kamerverhuurCijfersAlsCsv(cijfers));
      return;
    }
    response.json(cijfers);
  }
}
