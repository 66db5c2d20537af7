import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { kamerverhuurregisterContext, kamerverhuurtrajectContext, kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { verwijzing } from '../../platform/commands/betrokkene-verwijzing';
import { ApiIdempotencyKey, commandHeaders, sendOutcome } from '../../platform/commands/command-http';
import { nieuweZaakId, OpenZaakCommand } from '../../platform/zaakstappen/open-zaak.command';
import type { ZaakGeopendOutcome } from '../../platform/zaakstappen/open-zaak.handler';
import { pandInvoer } from '../../panden/pand.request.dto';
import { Pandregister } from '../register/pandregister';
import { registerZaakId } from '../register/register-zaak';
import { NeemPandOpRequest } from '../register/register.requests.dto';
import { RegistreerConstateringRequest } from '../traject/traject.requests.dto';
import { VraagVergunningAanRequest } from '../vergunning/vergunning.requests.dto';

/** The first step of each kind of kamerverhuur case: a pand into the register, an aanvraag for a permit, a constatering that starts a traject. */
@ApiTags('kamerverhuur')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller()
@Roles('juridisch-medewerker')
export class KamerverhuurCommandsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly register: Pandregister,
  ) {}

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
      new OpenZaakCommand(kamerverhuurregisterContext, zaakId, { type: 'NeemPandOp', ...stap, pand, betrokkenen: { ...body.betrokkenen } }, gemeente, principal, commandHeaders(request), {
        idVanOnderwerp: true,
        betrokkenen: [...verwijzing('betrokkenen.eigenaarId', body.betrokkenen.eigenaarId), ...verwijzing('betrokkenen.exploitantId', body.betrokkenen.exploitantId)],
      }),
    );
    sendOutcome(response, outcome, true, `/api/kamerverhuurregister/zaken/${zaakId}`);
  }

  @Post('kamerverhuurvergunning/zaken')
  @ApiOperation({ summary: 'Registreer een aanvraag om een kamerverhuurvergunning voor een pand in het register; de beslistermijn loopt vanaf de dag na ontvangst' })
  async vraagVergunningAan(@Body() body: VraagVergunningAanRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { zaakId: gekozen, gemeente, pand, ...aanvraag } = body;
    const headers = commandHeaders(request);
    const zaakId = gekozen?.toLowerCase() ?? nieuweZaakId('kamerverhuurvergunning', principal, headers, request.header('idempotency-key') !== undefined);
    const inRegister = await this.register.vind(gemeente, pandInvoer(pand));
    const outcome = await this.commandBus.execute<OpenZaakCommand, ZaakGeopendOutcome>(
      new OpenZaakCommand(kamerverhuurvergunningContext, zaakId, { type: 'VraagVergunningAan', ...aanvraag, ...inRegister }, gemeente, principal, headers, {
        betrokkenen: verwijzing('aanvragerId', aanvraag.aanvragerId),
      }),
    );
    sendOutcome(response, outcome, true, `/api/kamerverhuurvergunning/zaken/${zaakId}`);
  }

  @Post('kamerverhuurtraject/zaken')
  @ApiOperation({ summary: 'Registreer een constatering (kamerverhuur zonder vergunning of woningsplitsing): een handhavingstraject begint, het pand gaat in handhaving' })
  async registreerConstatering(@Body() body: RegistreerConstateringRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { zaakId: gekozen, gemeente, pand, bron, ...constatering } = body;
    const headers = commandHeaders(request);
    const zaakId = gekozen?.toLowerCase() ?? nieuweZaakId('kamerverhuurtraject', principal, headers, request.header('idempotency-key') !== undefined);
    const inRegister = await this.register.vind(gemeente, pandInvoer(pand));
    const stap = { type: 'RegistreerConstatering', ...constatering, ...inRegister, ...(bron === undefined ? {} : { bron: { context: bron.context, zaakId: bron.zaakId } }) };
    const outcome = await this.commandBus.execute<OpenZaakCommand, ZaakGeopendOutcome>(
      new OpenZaakCommand(kamerverhuurtrajectContext, zaakId, stap, gemeente, principal, headers, { betrokkenen: verwijzing('overtrederId', constatering.overtrederId) }),
    );
    sendOutcome(response, outcome, true, `/api/kamerverhuurtraject/zaken/${zaakId}`);
  }
}
