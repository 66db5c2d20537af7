import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { commandHeaders, sendOutcome } from '../../../platform/commands/command-http';
import { RegistreerBetrokkeneCommand } from './registreer-betrokkene.command';
import type { BetrokkeneGeregistreerdOutcome } from './registreer-betrokkene.handler';
import { RegistreerBetrokkeneRequest } from './registreer-betrokkene.request.dto';

@ApiTags('betrokkenen')
@ApiBearerAuth()
@Controller('betrokkenen')
export class RegistreerBetrokkeneController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @Roles('juridisch-medewerker', 'toezichthouder')
  @ApiOperation({
    summary: 'Registreer een betrokkene',
    description:
      'Naam, BSN, geboortedatum en contactgegevens worden met een eigen sleutel per betrokkene versleuteld ' +
      'voordat ze in een event komen. Stuur een Idempotency-Key mee om een herhaling veilig te maken.',
  })
  @ApiCreatedResponse({ description: 'De betrokkene is geregistreerd' })
  async registreer(
    @Body() body: RegistreerBetrokkeneRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const headers = commandHeaders(request);
    const outcome = await this.commandBus.execute<RegistreerBetrokkeneCommand, BetrokkeneGeregistreerdOutcome>(
      new RegistreerBetrokkeneCommand(body, principal, headers, request.header('idempotency-key') !== undefined),
    );
    sendOutcome(response, outcome, true, `/api/betrokkenen/${outcome.betrokkeneId}`);
  }
}
