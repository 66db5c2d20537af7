import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { damoclesCijfers, CIJFERS_PROJECTIE } from '@handhaving/read-models';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { BeleidStream } from '../../../beleid/queries/beleid-stream';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { RedisToken } from '../../../platform/redis/redis.module';
import { cijfersAlsCsv } from './cijfers-csv';
import { damoclesBeleidVoorVondst, type DamoclesBeleid } from './damocles-beleid-voor-vondst';
import { DamoclesCijfersRequest } from './cijfers.request.dto';
import { periode } from '../../../platform/cijfers/cijfers.request.dto';

/**
 * The Damocles table of the Uitvoeringsplan by the counting rules of docs/cijfers.md, per gemeente
 * and year or period, as known now or as known on a date; every cell lists the cases behind it.
 */
@ApiTags('damocles')
@ApiBearerAuth()
@Controller('damocles/cijfers')
export class DamoclesCijfersController {
  constructor(
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    private readonly beleid: BeleidStream,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('oov-analist', 'juridisch-medewerker', 'beheer')
  @ApiOperation({ summary: 'Damocles-cijfers: sluitingsbesluiten en waarschuwingen per categorie, rapportages, recidive (JSON of CSV)' })
  async cijfers(@Query() query: DamoclesCijfersRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    const { van, tot } = periode(query);
    await this.readYourWrites.waitFor(query.na, [CIJFERS_PROJECTIE], response);
    // Recidive is judged by the window of the policy in force on each find's date (Kerkrade: 24 months before 2020, 36 after).
    const { events } = await this.beleid.events(query.gemeente, query.bekendOp);
    const opmerkingen = new Set<string>();
    const perDatum = new Map<string, DamoclesBeleid>();
    const beleidVoor = (datum: string): DamoclesBeleid => {
      let beleid = perDatum.get(datum);
      if (beleid === undefined) perDatum.set(datum, (beleid = damoclesBeleidVoorVondst(events, query.gemeente, datum, opmerkingen)));
      return beleid;
    };
    const berekend = await damoclesCijfers(this.redis, this.config.redisKeyPrefix, {
      gemeente: query.gemeente,
      van,
      tot,
      bekendOp: query.bekendOp,
      recidiveTermijnMaanden: (datum) => beleidVoor(datum).recidiveTermijnMaanden,
      vondstenZonderMaatregelTellenMee: (datum) => beleidVoor(datum).vondstenZonderMaatregelTellenMee,
    });
    const cijfers = { ...berekend, opmerkingen: [...opmerkingen] };
    if (query.formaat === 'csv') {
      response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="damocles-${query.gemeente}-${van}-${tot}.csv"`);
      response.send(cijfersAlsCsv(cijfers));
      return;
    }
    response.json(cijfers);
  }
}
