import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { commandHeaders, sendOutcome } from '../../../platform/commands/command-http';
import type { CommandOutcome } from '../../../platform/commands/command-pipeline';
import { KoppelAdresAanPandCommand } from './koppel-adres-aan-pand.command';
import { KoppelAdresAanPandRequest } from './koppel-adres-aan-pand.request.dto';

@ApiTags('panden')
@ApiBearerAuth()
@Controller('panden')
export class KoppelAdresAanPandController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':adresseerbaarObjectId/adressen')
  @Roles('juridisch-medewerker')
  @ApiOperation({
    summary: 'Koppel een adres aan het adresseerbaar object (BAG-id) waar het bij hoort',
    description:
      'Vanaf het vastleggen zijn vondsten op het adres en op het BAG-id één pand voor de recidivecheck en het maatregelvoorstel, ' +
      'ook vondsten van vóór de koppeling. Gevraagd "zoals bekend op" een eerder moment telt de koppeling niet. ' +
      'Een adres hoort bij één BAG-id: een koppeling aan een ander BAG-id wordt geweigerd (pand/adres-al-gekoppeld).',
  })
  @ApiCreatedResponse({ description: 'De koppeling is vastgelegd' })
  @ApiOkResponse({ description: 'Het adres was al aan dit BAG-id gekoppeld; er is niets nieuws vastgelegd' })
  async koppel(
    @Param('adresseerbaarObjectId') adresseerbaarObjectId: string,
    @Body() body: KoppelAdresAanPandRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await this.commandBus.execute<KoppelAdresAanPandCommand, CommandOutcome>(
      new KoppelAdresAanPandCommand(adresseerbaarObjectId, body, principal, commandHeaders(request)),
    );
    sendOutcome(response, outcome, outcome.events.length > 0, `/api/panden/${adresseerbaarObjectId}`);
  }
}
