import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { FLEXTEAM_CIJFERS_PROJECTIE } from '@handhaving/read-models';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { alleenJaar, CijfersRequest } from '../../platform/cijfers/cijfers.request.dto';
import { ReadYourWrites } from '../../platform/projections/read-your-writes';
import { flexteamCijfersAlsCsv } from './flexteam-cijfers-csv';
import { FlexteamCijfersService } from './flexteam-cijfers.service';

/**
 * The flexteam figures per gemeente and calendar year, as known now or on a day: controls,
 * addresses, access, findings, follow-ups, and where each follow-up stood a year after its
 * control (docs/cijfers.md, "Flexteam"); every cell lists its panden and cases.
 */
@ApiTags('flexteam')
@ApiBearerAuth()
@Controller('flexteam/cijfers')
export class FlexteamCijfersController {
  constructor(
    private readonly cijfersService: FlexteamCijfersService,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('oov-analist', 'juridisch-medewerker', 'toezichthouder', 'beheer')
  @ApiOperation({ summary: 'Flexteamcijfers per jaar: controles, adressen, toegang, bevindingen, vervolg per context, en de stand van elk vervolg een jaar na de controle (JSON of CSV)' })
  async cijfers(@Query() query: CijfersRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    // A follow-up's stand is read a year after its control: the figures go by calendar year only.
    const jaar = alleenJaar(query, 'flexteamcijfers');
    await this.readYourWrites.waitFor(query.na, [FLEXTEAM_CIJFERS_PROJECTIE], response);
    const cijfers = await this.cijfersService.cijfers({ gemeente: query.gemeente, jaar, bekendOp: query.bekendOp });
    if (query.formaat === 'csv') {
      response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="flexteam-${query.gemeente}-${jaar}.csv"`);
      response.send(flexteamCijfersAlsCsv(cijfers));
      return;
    }
    response.json(cijfers);
  }
}
