import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { ApiIdempotencyKey, commandHeaders, sendOutcome } from '../../../platform/commands/command-http';
import type { CommandOutcome } from '../../../platform/commands/command-pipeline';
import { ZaakstapRequest } from '../zaakstappen/zaakstap.requests.dto';
import { StelMaatregelVoorCommand } from './stel-maatregel-voor.command';

/** The maatregelvoorstel: the one Damocles step that looks up the policy and the earlier finds before the decider judges it. */
@ApiTags('damocles')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'De ETag van de zaak die u las; een andere versie geeft 412' })
@ApiIdempotencyKey()
@Controller('damocles/zaken/:zaakId')
@Roles('juridisch-medewerker')
export class StelMaatregelVoorController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('maatregelvoorstel')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Laat de maatregel voorstellen volgens de beleidsladder',
    description: 'Beleid van kracht op de constateringsdatum, eerdere vondsten in hetzelfde pand binnen de recidivetermijn; voorstel en uitleg worden op de zaak vastgelegd.',
  })
  async maatregelvoorstel(@Param('zaakId') zaakId: string, @Body() body: ZaakstapRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const outcome = await this.commandBus.execute<StelMaatregelVoorCommand, CommandOutcome>(new StelMaatregelVoorCommand(zaakId, body.datum, principal, commandHeaders(request)));
    sendOutcome(response, outcome, false);
  }
}
