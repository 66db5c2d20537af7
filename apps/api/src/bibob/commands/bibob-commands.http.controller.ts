import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { ApiIdempotencyKey, commandHeaders, sendOutcome } from '../../platform/commands/command-http';
import { BIBOB_ROLLEN } from '../bibob.api-context';
import { StartToetsRequest } from './bibobstap.requests.dto';
import { StartToetsCommand } from './start-toets/start-toets.command';
import type { ToetsGestartOutcome } from './start-toets/start-toets.handler';

@ApiTags('bibob')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('bibob/zaken')
export class BibobCommandsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @Roles(...BIBOB_ROLLEN)
  @ApiOperation({
    summary: 'Start een Bibob-toets: op een aanvraag (vergunning, subsidie) of op een signaal van de bestuurlijke aanpak',
    description: 'Alleen voor de rol bibob. Wie de toets ziet zonder die rol, ziet alleen dat hij bestaat, zijn stand en zijn termijnen.',
  })
  async start(@Body() body: StartToetsRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const outcome = await this.commandBus.execute<StartToetsCommand, ToetsGestartOutcome>(
      new StartToetsCommand(body, principal, commandHeaders(request), request.header('idempotency-key') !== undefined),
    );
    sendOutcome(response, outcome, true, `/api/bibob/zaken/${outcome.zaakId}`);
  }
}
