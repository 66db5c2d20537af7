import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { kamerverhuurregisterContext } from '@handhaving/domain-kamerverhuur';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { commandHeaders, sendOutcome } from '../../platform/commands/command-http';
import { OpenZaakCommand } from '../../platform/zaakstappen/open-zaak.command';
import type { ZaakGeopendOutcome } from '../../platform/zaakstappen/open-zaak.handler';
import { pandInvoer } from '../../panden/pand.request.dto';
import { registerZaakId } from '../register/register-zaak';
import { NeemPandOpRequest } from '../register/register.requests.dto';

/** The first step of each kind of kamerverhuur case: a pand into the register. */
@ApiTags('kamerverhuur')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Herhaal een opdracht veilig: dezelfde sleutel geeft hetzelfde antwoord' })
@Controller()
@Roles('juridisch-medewerker')
export class KamerverhuurCommandsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('kamerverhuurregister/zaken')
  @ApiOperation({
    summary: 'Neem een pand met kamerverhuur op in het register (in onderzoek)',
    description: 'De zaak van een pand heeft een vaste id, afgeleid van het pand: een pand staat één keer in het register (422 kamerverhuur/pand-al-in-register).',
  })
  async neemPandOp(@Body() body: NeemPandOpRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const pand = pandInvoer(body.pand);
    const zaakId = registerZaakId(pand);
    const { gemeente, ...stap } = body;
    const outcome = await this.commandBus.execute<OpenZaakCommand, ZaakGeopendOutcome>(
      new OpenZaakCommand(kamerverhuurregisterContext, zaakId, { type: 'NeemPandOp', ...stap, pand, betrokkenen: { ...body.betrokkenen } }, gemeente, principal, commandHeaders(request)),
    );
    sendOutcome(response, outcome, true, `/api/kamerverhuurregister/zaken/${zaakId}`);
  }
}
