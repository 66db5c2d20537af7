import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { commandHeaders, sendOutcome } from '../../../platform/commands/command-http';
import type { CommandOutcome } from '../../../platform/commands/command-pipeline';
import {
  BeeindigLastRequest,
  DwangsomstapRequest,
  LegLastOpRequest,
  NeemBeslissingOpBezwaarRequest,
  RegistreerBetalingRequest,
  RegistreerBezwaarRequest,
  RegistreerControleRequest,
  RegistreerZienswijzeRequest,
  VerzendInvorderingsbeschikkingRequest,
  VerzendVoornemenRequest,
  ZieAfVanLastRequest,
} from './dwangsomstap.requests.dto';
import { VoerDwangsomstapUitCommand, type Dwangsomstap } from './voer-dwangsomstap-uit.command';

/** One endpoint per step of a dwangsom case (dwangsom.md); the ETag of the case goes in If-Match. */
@ApiTags('dwangsom')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'De ETag van de zaak die u las; een andere versie geeft 412' })
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Herhaal een opdracht veilig' })
@Controller('dwangsom/zaken/:zaakId')
@Roles('juridisch-medewerker')
export class DwangsomstappenController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('voornemen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verzend het voornemen tot het opleggen van een last, met de zienswijzetermijn' })
  voornemen(@Param('zaakId') zaakId: string, @Body() body: VerzendVoornemenRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'VerzendVoornemen', ...body }, principal, request, response);
  }

  @Post('zienswijze')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registreer een ontvangen zienswijze (schriftelijk of mondeling)' })
  zienswijze(@Param('zaakId') zaakId: string, @Body() body: RegistreerZienswijzeRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'RegistreerZienswijze', ...body }, principal, request, response);
  }

  @Post('zienswijzetermijn-verstreken')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stel vast dat de zienswijzetermijn zonder zienswijze verstreek' })
  zienswijzetermijnVerstreken(@Param('zaakId') zaakId: string, @Body() body: DwangsomstapRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'StelVastDatZienswijzetermijnVerstreken', ...body }, principal, request, response);
  }

  @Post('last')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Leg de last onder dwangsom op: herstellast (begunstigingstermijn) of preventieve last (looptijd), bedrag per overtreding of per tijdseenheid, maximum',
  })
  last(@Param('zaakId') zaakId: string, @Body() body: LegLastOpRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'LegLastOp', ...body }, principal, request, response);
  }

  @Post('afzien')
  @HttpCode(200)
  @ApiOperation({ summary: 'Zie gemotiveerd af van een last' })
  afzien(@Param('zaakId') zaakId: string, @Body() body: ZieAfVanLastRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'ZieAfVanLast', ...body }, principal, request, response);
  }

  @Post('controle')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registreer een controle: nageleefd, of een overtreding (de dwangsom verbeurt, tot het maximum)' })
  controle(@Param('zaakId') zaakId: string, @Body() body: RegistreerControleRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'RegistreerControle', ...body }, principal, request, response);
  }

  @Post('invorderingsbeschikking')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verzend de invorderingsbeschikking voor een verbeuring, vóór haar verjaring (art. 5:35, 5:37 Awb)' })
  invorderingsbeschikking(
    @Param('zaakId') zaakId: string,
    @Body() body: VerzendInvorderingsbeschikkingRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.stap(zaakId, { type: 'VerzendInvorderingsbeschikking', ...body }, principal, request, response);
  }

  @Post('betaling')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registreer een (deel)betaling op een invorderingsbeschikking' })
  betaling(@Param('zaakId') zaakId: string, @Body() body: RegistreerBetalingRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'RegistreerBetaling', ...body }, principal, request, response);
  }

  @Post('bezwaar')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registreer bezwaar tegen de last of een invorderingsbeschikking; te laat wordt vastgelegd en gemarkeerd (art. 6:9, 6:11 Awb)' })
  bezwaar(@Param('zaakId') zaakId: string, @Body() body: RegistreerBezwaarRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'RegistreerBezwaar', ...body }, principal, request, response);
  }

  @Post('beslissing-op-bezwaar')
  @HttpCode(200)
  @ApiOperation({ summary: 'Neem de beslissing op bezwaar; gegrond herroept het bestreden besluit, of wijzigt de last (gevolg)' })
  beslissingOpBezwaar(
    @Param('zaakId') zaakId: string,
    @Body() body: NeemBeslissingOpBezwaarRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.stap(zaakId, { type: 'NeemBeslissingOpBezwaar', ...body }, principal, request, response);
  }

  @Post('opheffing')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hef de last op (art. 5:34 Awb); wat eerder verbeurde blijft verschuldigd' })
  opheffing(@Param('zaakId') zaakId: string, @Body() body: BeeindigLastRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'HefLastOp', ...body }, principal, request, response);
  }

  @Post('intrekking')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trek de last in; wat eerder verbeurde blijft verschuldigd' })
  intrekking(@Param('zaakId') zaakId: string, @Body() body: BeeindigLastRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'TrekLastIn', ...body }, principal, request, response);
  }

  private async stap(zaakId: string, stap: Dwangsomstap, principal: Principal, request: Request, response: Response): Promise<void> {
    const outcome = await this.commandBus.execute<VoerDwangsomstapUitCommand, CommandOutcome>(new VoerDwangsomstapUitCommand(zaakId, stap, principal, commandHeaders(request)));
    sendOutcome(response, outcome, false);
  }
}
