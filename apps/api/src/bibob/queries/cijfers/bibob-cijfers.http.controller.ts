import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { heeftRol, type Principal } from '@handhaving/auth';
import { alleenAantallen, BIBOB_CIJFERS_PROJECTIE } from '@handhaving/read-models';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../../platform/auth/gemeente-toegang';
import { ReadYourWrites } from '../../../platform/projections/read-your-writes';
import { bibobCijfersAlsCsv } from './bibob-cijfers-csv';
import { BibobCijfersService } from './bibob-cijfers.service';
import { BibobCijfersRequest } from './bibob-cijfers.request.dto';
import { periode } from '../../../platform/cijfers/cijfers.request.dto';

/**
 * The Bibob figures per gemeente and year or period, as known now or as known on a date: toetsen
 * gestart by reason and aanvraagtype, afgerond, LBB advices, outcomes and how long suspensions
 * lasted. Aggregates only (art. 28 Wet Bibob): the toetsen behind each cell only for the Bibob
 * role; the analist and beheer get the counts.
 */
@ApiTags('bibob')
@ApiBearerAuth()
@Controller('bibob/cijfers')
export class BibobCijfersController {
  constructor(
    private readonly cijfersService: BibobCijfersService,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('bibob', 'oov-analist', 'beheer')
  @ApiOperation({ summary: 'Bibob-cijfers: toetsen gestart per aanleiding, afgerond, LBB-adviezen, uitkomsten, opschortingen (JSON of CSV); de toetsen per cel alleen voor de rol bibob' })
  async cijfers(@Query() query: BibobCijfersRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    const { van, tot } = periode(query);
    await this.readYourWrites.waitFor(query.na, [BIBOB_CIJFERS_PROJECTIE], response);
    const cijfers = await this.cijfersService.cijfers({ gemeente: query.gemeente, van, tot, bekendOp: query.bekendOp });
    if (query.formaat === 'csv') {
      response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="bibob-${query.gemeente}-${van}-${tot}.csv"`);
      response.send(bibobCijfersAlsCsv(alleenAantallen(cijfers)));
      return;
    }
    response.json(heeftRol(principal, 'bibob') ? cijfers : alleenAantallen(cijfers));
  }
}
