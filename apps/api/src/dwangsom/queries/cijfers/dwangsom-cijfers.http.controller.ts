import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { DWANGSOM_CIJFERS_PROJECTIE } from '@handhaving/read-models';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { dwangsomCijfersAlsCsv } from './dwangsom-cijfers-csv';
import { DwangsomCijfersService } from './dwangsom-cijfers.service';
import { DwangsomCijfersRequest } from './dwangsom-cijfers.request.dto';
import { periode } from '../../../platform/cijfers/cijfers.request.dto';

/**
 * The dwangsom figures per gemeente and year or period, as known now or as known on a date:
 * lasten by grondslag, forfeitures, collected, uitgeput, verjaard (money lost) and objections;
 * every cell lists the cases behind it.
 */
@ApiTags('dwangsom')
@ApiBearerAuth()
@Controller('dwangsom/cijfers')
export class DwangsomCijfersController {
  constructor(
    private readonly cijfersService: DwangsomCijfersService,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('oov-analist', 'juridisch-medewerker', 'beheer')
  @ApiOperation({ summary: 'Dwangsomcijfers: lasten per grondslag, verbeurd, geïnd, uitgeput, verjaard, bezwaren (JSON of CSV)' })
  async cijfers(@Query() query: DwangsomCijfersRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    const { van, tot } = periode(query);
    await this.readYourWrites.waitFor(query.na, [DWANGSOM_CIJFERS_PROJECTIE], response);
    const cijfers = await this.cijfersService.cijfers({ gemeente: query.gemeente, van, tot, bekendOp: query.bekendOp });
    if (query.formaat === 'csv') {
      response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="dwangsom-${query.gemeente}-${van}-${tot}.csv"`);
      response.send(dwangsomCijfersAlsCsv(cijfers));
      return;
    }
    response.json(cijfers);
  }
}
