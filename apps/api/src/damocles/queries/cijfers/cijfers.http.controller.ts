import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { CIJFERS_PROJECTIE } from '@handhaving/read-models';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { cijfersAlsCsv } from './cijfers-csv';
import { DamoclesCijfersService } from './damocles-cijfers.service';
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
    private readonly cijfersService: DamoclesCijfersService,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('oov-analist', 'juridisch-medewerker', 'beheer')
  @ApiOperation({ summary: 'Damocles-cijfers: sluitingsbesluiten en waarschuwingen per categorie, rapportages, recidive (JSON of CSV)' })
  async cijfers(@Query() query: DamoclesCijfersRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    const { van, tot } = periode(query);
    await this.readYourWrites.waitFor(query.na, [CIJFERS_PROJECTIE], response);
    const cijfers = await this.cijfersService.cijfers({ gemeente: query.gemeente, van, tot, bekendOp: query.bekendOp });
    if (query.formaat === 'csv') {
      response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="damocles-${query.gemeente}-${van}-${tot}.csv"`);
      response.send(cijfersAlsCsv(cijfers));
      return;
    }
    response.json(cijfers);
  }
}
