import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { ApiIdempotencyKey, commandHeaders, sendOutcome } from '../../platform/commands/command-http';
import { RegistreerRapportageCommand } from './registreer-rapportage/registreer-rapportage.command';
import type { ZaakGeopendOutcome } from './registreer-rapportage/registreer-rapportage.handler';
import { RegistreerRapportageRequest } from './registreer-rapportage/registreer-rapportage.request.dto';

@ApiTags('damocles')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('damocles/zaken')
export class DamoclesCommandsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @Roles('juridisch-medewerker')
  @ApiOperation({
    summary: 'Registreer een bestuurlijke rapportage (opent een Damocles-zaak)',
    description: 'Eén zaak per rapportage per pand. De zwaarste categorie (harddrugs > softdrugs > attributen) bepaalt de zaak.',
  })
  async registreerRapportage(
    @Body() body: RegistreerRapportageRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await this.commandBus.execute<RegistreerRapportageCommand, ZaakGeopendOutcome>(
      new RegistreerRapportageCommand(body, principal, commandHeaders(request), request.header('idempotency-key') !== undefined),
    );
    sendOutcome(response, outcome, true, `/api/damocles/zaken/${outcome.zaakId}`);
  }
}
