import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { commandHeaders, sendOutcome } from '../../../platform/commands/command-http';
import type { CommandOutcome } from '../../../platform/commands/command-pipeline';
import { VerwijderPersoonsgegevensCommand } from './verwijder-persoonsgegevens.command';
import { VerwijderPersoonsgegevensRequest } from './verwijder-persoonsgegevens.request.dto';

@ApiTags('betrokkenen')
@ApiBearerAuth()
@Controller('betrokkenen')
export class VerwijderPersoonsgegevensController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':betrokkeneId/verwijder-persoonsgegevens')
  @HttpCode(200)
  @Roles('beheer')
  @ApiOperation({
    summary: 'Verwijder de persoonsgegevens van een betrokkene (AVG art. 17 of einde bewaartermijn)',
    description: 'Vernietigt de sleutel van de betrokkene. Zaken en cijfers blijven; de persoon toont als "verwijderd".',
  })
  async verwijder(
    @Param('betrokkeneId') betrokkeneId: string,
    @Body() body: VerwijderPersoonsgegevensRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const outcome = await this.commandBus.execute<VerwijderPersoonsgegevensCommand, CommandOutcome>(
      new VerwijderPersoonsgegevensCommand(betrokkeneId, body, principal, commandHeaders(request)),
    );
    sendOutcome(response, outcome, false);
  }
}
