import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { MELDINGEN_CIJFERS_PROJECTIE } from '@handhaving/read-models';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { alleenJaar, CijfersRequest } from '../../platform/cijfers/cijfers.request.dto';
import { ReadYourWrites } from '../../platform/projections/read-your-writes';
import { meldingenCijfersAlsCsv } from './meldingen-cijfers-csv';
import { MeldingenCijfersService } from './meldingen-cijfers.service';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

export class MeldingenCijfersRequest extends CijfersRequest {
  @ApiPropertyOptional({ enum: ['true', 'false'], example: 'false', description: 'Ook de meldingen achter elke cel (hun zaak-id’s); zonder: alleen de aantallen' })
  @Weglaatbaar()
  @IsIn(['true', 'false'], { message: 'metZaakIds moet true of false zijn' })
  metZaakIds?: 'true' | 'false';
}

/** The meldingen of a year per bron and categorie (docs/cijfers.md, "Meldingen"), as known now or on a day. */
@ApiTags('meldingen')
@ApiBearerAuth()
@Controller('meldingen/cijfers')
export class MeldingenCijfersController {
  constructor(
    private readonly cijfersService: MeldingenCijfersService,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('oov-analist', 'juridisch-medewerker', 'beheer')
  @ApiOperation({ summary: 'Meldingencijfers per jaar: het meldpunt overlast en de meldkamer handhaving per categorie, de andere bronnen elk in een rij (JSON of CSV)' })
  async cijfers(@Query() query: MeldingenCijfersRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    // A melding counts in the year of its meldingsdatum: these figures are per calendar year only.
    const jaar = alleenJaar(query, 'meldingencijfers');
    await this.readYourWrites.waitFor(query.na, [MELDINGEN_CIJFERS_PROJECTIE], response);
    const cijfers = await this.cijfersService.jaarcijfers({ gemeente: query.gemeente, jaar, bekendOp: query.bekendOp, metZaakIds: query.metZaakIds === 'true' });
    if (query.formaat === 'csv') {
      response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="meldingen-${query.gemeente}-${jaar}.csv"`);
      response.send(meldingenCijfersAlsCsv(cijfers));
      return;
    }
    response.json(cijfers);
  }
}
