import { Controller, Get, NotAcceptableException, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../platform/auth/gemeente-toegang';
import { JaarverslagRequest, type JaarverslagFormaat } from './jaarverslag.request.dto';
import { JaarverslagService } from './jaarverslag.service';
import { JaarverslagWeergave, MEDIATYPEN } from './jaarverslag-weergave';

/** The annual report for the council: every context's chapter, as HTML, PDF, XLSX, CSV or JSON. */
@ApiTags('rapportage')
@ApiBearerAuth()
@Controller('rapportage/jaarverslag')
export class JaarverslagController {
  constructor(
    private readonly jaarverslagen: JaarverslagService,
    private readonly weergave: JaarverslagWeergave,
  ) {}

  @Get()
  @Roles('oov-analist', 'beheer')
  @ApiProduces(...Object.values(MEDIATYPEN))
  @ApiOperation({
    summary: 'Het jaarverslag voor de raad: de cijfers van elke context in één document (HTML, PDF, XLSX, CSV of JSON), zoals nu bekend of zoals op een dag gerapporteerd',
  })
  async jaarverslag(@Query() query: JaarverslagRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    assertGemeenteToegang(principal, query.gemeente);
    const formaat = query.formaat ?? gevraagdFormaat(request);
    const verslag = await this.jaarverslagen.maak({ gemeente: query.gemeente, jaar: query.jaar, ...(query.bekendOp === undefined ? {} : { bekendOp: query.bekendOp }) });
    const { inhoud, bestandsnaam } = await this.weergave.geef(verslag, formaat);
    response.type(MEDIATYPEN[formaat]);
    if (formaat !== 'json' && formaat !== 'html') response.setHeader('Content-Disposition', `attachment; filename="${bestandsnaam}"`);
    response.send(inhoud);
  }
}

/** The format the Accept header asks for; JSON for `*` or none. */
function gevraagdFormaat(request: Request): JaarverslagFormaat {
  const formaten = Object.keys(MEDIATYPEN) as JaarverslagFormaat[];
  const gekozen = request.accepts(['application/json', ...formaten.filter((formaat) => formaat !== 'json').map((formaat) => MEDIATYPEN[formaat])]);
  if (gekozen === false) {
    throw new NotAcceptableException(`Het jaarverslag is er als ${Object.values(MEDIATYPEN).join(', ')}; of geef ?formaat=${formaten.join('|')}`);
  }
  return formaten.find((formaat) => MEDIATYPEN[formaat] === gekozen) ?? 'json';
}
