import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { KAMERVERHUUR_REGISTER_PROJECTIE } from '@handhaving/read-models';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { ReadYourWrites } from '../../platform/projections/read-your-writes';
import { KamerverhuurCijfersService } from './kamerverhuur-cijfers.service';
import { registerTabelAlsCsv } from './register-tabel-csv';
import { RegisterTabelRequest } from './register-tabel.request.dto';

/** The pand register of a gemeente on any list of dates, as known now or on a day (docs/kamerverhuur.md). */
@ApiTags('kamerverhuur')
@ApiBearerAuth()
@Controller('kamerverhuur/register')
export class RegisterTabelController {
  constructor(
    private readonly cijfersService: KamerverhuurCijfersService,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('oov-analist', 'juridisch-medewerker', 'beheer')
  @ApiOperation({
    summary: 'Het kamerverhuurregister op datums: aantal panden, per stand, vergund, afgevoerd (JSON of CSV)',
    description: 'Elke cel noemt de panden (hun registerzaak) erachter. Met bekendOp: zoals het register op die dag bekend was, vóór latere correcties.',
  })
  async tabel(@Query() query: RegisterTabelRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    await this.readYourWrites.waitFor(query.na, [KAMERVERHUUR_REGISTER_PROJECTIE], response);
    const tabel = await this.cijfersService.register({ gemeente: query.gemeente, datums: query.op, bekendOp: query.bekendOp, afgevoerdSinds: query.afgevoerdSinds });
    if (query.formaat === 'csv') {
      response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="kamerverhuur-register-${query.gemeente}.csv"`);
      response.send(registerTabelAlsCsv(tabel));
      return;
    }
    response.json(tabel);
  }
}
