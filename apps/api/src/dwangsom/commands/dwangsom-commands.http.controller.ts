import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { ApiIdempotencyKey, commandHeaders, sendOutcome } from '../../platform/commands/command-http';
import { OpenDwangsomzaakCommand } from './open-dwangsomzaak/open-dwangsomzaak.command';
import type { DwangsomzaakGeopendOutcome } from './open-dwangsomzaak/open-dwangsomzaak.handler';
import { OpenDwangsomzaakRequest } from './open-dwangsomzaak/open-dwangsomzaak.request.dto';

@ApiTags('dwangsom')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('dwangsom/zaken')
export class DwangsomCommandsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @Roles('juridisch-medewerker')
  @ApiOperation({
    summary: 'Open een dwangsomzaak: grondslag, overtreder (betrokkene) en de geconstateerde overtreding',
    description: 'Een zaak kan voortkomen uit een Damocles-, kamerverhuur- of flexteamzaak (herkomst).',
  })
  async open(@Body() body: OpenDwangsomzaakRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const outcome = await this.commandBus.execute<OpenDwangsomzaakCommand, DwangsomzaakGeopendOutcome>(
      new OpenDwangsomzaakCommand(body, principal, commandHeaders(request), request.header('idempotency-key') !== undefined),
    );
    sendOutcome(response, outcome, true, `/api/dwangsom/zaken/${outcome.zaakId}`);
  }
}
