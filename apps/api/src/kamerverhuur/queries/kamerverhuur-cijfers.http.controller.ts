import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { KAMERVERHUUR_CIJFERS_PROJECTIE } from '@handhaving/read-models';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { CijfersRequest, periode } from '../../platform/cijfers/cijfers.request.dto';
import { ReadYourWrites } from '../../platform/projections/read-your-writes';
import { KamerverhuurCijfersService } from './kamerverhuur-cijfers.service';
import { kamerverhuurCijfersAlsCsv } from './kamerverhuur-cijfers-csv';

/** The kamerverhuur figures per gemeente and year or period, as known now or on a day; every cell lists its panden and cases. */
@ApiTags('kamerverhuur')
@ApiBearerAuth()
@Controller('kamerverhuur/cijfers')
export class KamerverhuurCijfersController {
  constructor(
    private readonly cijfersService: KamerverhuurCijfersService,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('oov-analist', 'juridisch-medewerker', 'beheer')
  @ApiOperation({ summary: 'Kamerverhuurcijfers: aanschrijvingen, handhavingstrajecten per soort en resultaat, bezwaar en beroep, vergunningen (JSON of CSV)' })
  async cijfers(@Query() query: CijfersRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    const { van, tot } = periode(query);
    await this.readYourWrites.waitFor(query.na, [KAMERVERHUUR_CIJFERS_PROJECTIE], response);
    const cijfers = await this.cijfersService.cijfers({ gemeente: query.gemeente, van, tot, bekendOp: query.bekendOp });
    if (query.formaat === 'csv') {
      response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="kamerverhuur-${query.gemeente}-${van}-${tot}.csv"`);
      response.send(kamerverhuurCijfersAlsCsv(cijfers));
      return;
    }
    response.json(cijfers);
  }
}
