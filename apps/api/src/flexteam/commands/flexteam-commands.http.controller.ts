import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { flexteamcontroleContext, verzoekContext } from '@handhaving/domain-flexteam';
import type { Zaakcontext } from '@handhaving/domain-shared';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { ApiIdempotencyKey, commandHeaders, sendOutcome } from '../../platform/commands/command-http';
import { nieuweZaakId, OpenZaakCommand, type Openingsstap } from '../../platform/zaakstappen/open-zaak.command';
import type { ZaakGeopendOutcome } from '../../platform/zaakstappen/open-zaak.handler';
import { pandInvoer } from '../../panden/pand.request.dto';
import { PlanControleRequest } from '../controle/controle.requests.dto';
import { VerstuurVerzoekRequest } from '../verzoek/verzoek.requests.dto';

/** The first step of a control (its planning) and of an outgoing request sent by hand. */
@ApiTags('flexteam')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller()
@Roles('juridisch-medewerker', 'toezichthouder')
export class FlexteamCommandsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('flexteamcontrole/zaken')
  @ApiOperation({ summary: 'Plan een flexteamcontrole: dag, gebied, partners en de adressen met de signalen waarom ze gekozen zijn (zie GET /api/panden/rangorde)' })
  async planControle(@Body() body: PlanControleRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { zaakId, gemeente, adressen, ...planning } = body;
    const stap = { type: 'PlanControle', ...planning, adressen: adressen.map((adres) => ({ pand: pandInvoer(adres.pand), signalen: (adres.signalen ?? []).map(({ context, zaakId: signaal }) => ({ context, zaakId: signaal })) })) };
    await this.open(flexteamcontroleContext, zaakId, stap, gemeente, principal, request, response);
  }

  @Post('verzoek/zaken')
  @ApiOperation({ summary: 'Verstuur een verzoek aan de BRP (adresonderzoek) of aan bouw- en woningtoezicht naar aanleiding van een bevinding, met een antwoordtermijn' })
  async verstuurVerzoek(@Body() body: VerstuurVerzoekRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { zaakId, gemeente, pand, herkomst, ...verzoek } = body;
    const stap = { type: 'VerstuurVerzoek', ...verzoek, pand: pandInvoer(pand), herkomst: { context: herkomst.context, zaakId: herkomst.zaakId, pandSleutel: herkomst.pandSleutel, bevinding: herkomst.bevinding } };
    await this.open(verzoekContext, zaakId, stap, gemeente, principal, request, response);
  }

  private async open(context: Zaakcontext, gekozen: string | undefined, stap: Openingsstap, gemeente: string, principal: Principal, request: Request, response: Response): Promise<void> {
    const headers = commandHeaders(request);
    const zaakId = gekozen?.toLowerCase() ?? nieuweZaakId(context.naam, principal, headers, request.header('idempotency-key') !== undefined);
    const outcome = await this.commandBus.execute<OpenZaakCommand, ZaakGeopendOutcome>(new OpenZaakCommand(context, zaakId, stap, gemeente, principal, headers));
    sendOutcome(response, outcome, true, `/api/${context.naam}/zaken/${zaakId}`);
  }
}
