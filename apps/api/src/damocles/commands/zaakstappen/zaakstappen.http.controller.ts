import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { commandHeaders, sendOutcome } from '../../../platform/commands/command-http';
import type { CommandOutcome } from '../../../platform/commands/command-pipeline';
import { StelMaatregelVoorCommand } from '../stel-maatregel-voor/stel-maatregel-voor.command';
import { VoerZaakstapUitCommand, type Zaakstap } from './voer-zaakstap-uit.command';
import {
  CorrigeerFeitenRequest,
  KiesLastOnderDwangsomRequest,
  NeemBeslissingOpBezwaarRequest,
  NeemBesluitRequest,
  NeemSpoedeisendeSluitingRequest,
  RegistreerBezwaarRequest,
  RegistreerEindeOpschortingRequest,
  RegistreerHeropeningRequest,
  RegistreerSluitingUitgevoerdRequest,
  RegistreerVoorlopigeVoorzieningRequest,
  RegistreerZienswijzeRequest,
  VerdaagBeslistermijnBezwaarRequest,
  VerzendVoornemenRequest,
  VraagHerstelVerzuimRequest,
  ZaakstapRequest,
} from './zaakstap.requests.dto';

/** One endpoint per step of a Damocles case (damocles.md); the ETag of the case goes in If-Match. */
@ApiTags('damocles')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'De ETag van de zaak die u las; een andere versie geeft 412' })
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Herhaal een opdracht veilig' })
@Controller('damocles/zaken/:zaakId')
@Roles('juridisch-medewerker')
export class ZaakstappenController {
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

  @Post('voornemen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verzend het voornemen, met de zienswijzetermijn (afwijking van het voorstel: motiveren)' })
  voornemen(@Param('zaakId') zaakId: string, @Body() body: VerzendVoornemenRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'VerzendVoornemen', ...body }, principal, request, response);
  }

  @Post('spoedeisende-sluiting')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sluit zonder voornemen bij acuut gevaar (art. 4:11 Awb), gemotiveerd' })
  spoedeisendeSluiting(@Param('zaakId') zaakId: string, @Body() body: NeemSpoedeisendeSluitingRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'NeemSpoedeisendeSluiting', ...body }, principal, request, response);
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
  zienswijzetermijnVerstreken(@Param('zaakId') zaakId: string, @Body() body: ZaakstapRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'StelVastDatZienswijzetermijnVerstreken', ...body }, principal, request, response);
  }

  @Post('besluit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Neem het besluit: waarschuwing, sluiting of afzien (harddrugs krijgen nooit een waarschuwing)' })
  besluit(@Param('zaakId') zaakId: string, @Body() body: NeemBesluitRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'NeemBesluit', ...body }, principal, request, response);
  }

  @Post('bezwaar')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registreer een bezwaar; een te laat bezwaar wordt vastgelegd en gemarkeerd (art. 6:9, 6:11 Awb)' })
  bezwaar(@Param('zaakId') zaakId: string, @Body() body: RegistreerBezwaarRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'RegistreerBezwaar', ...body }, principal, request, response);
  }

  @Post('voorlopige-voorziening')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registreer een verzoek om voorlopige voorziening of de uitspraak erop' })
  voorlopigeVoorziening(@Param('zaakId') zaakId: string, @Body() body: RegistreerVoorlopigeVoorzieningRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'RegistreerVoorlopigeVoorziening', ...body }, principal, request, response);
  }

  @Post('beslissing-op-bezwaar')
  @HttpCode(200)
  @ApiOperation({ summary: 'Neem de beslissing op bezwaar (gegrond: herroepen of gewijzigd)' })
  beslissingOpBezwaar(@Param('zaakId') zaakId: string, @Body() body: NeemBeslissingOpBezwaarRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'NeemBeslissingOpBezwaar', ...body }, principal, request, response);
  }

  @Post('herstelverzoek')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Vraag de bezwaarmaker een verzuim te herstellen (art. 6:6 Awb)',
    description: 'De beslistermijn op bezwaar staat stil vanaf de dag na het verzoek (art. 7:10 lid 2 Awb); in de termijnenlijst: opgeschort.',
  })
  herstelverzoek(@Param('zaakId') zaakId: string, @Body() body: VraagHerstelVerzuimRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'VraagHerstelVerzuim', ...body }, principal, request, response);
  }

  @Post('einde-opschorting')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Registreer dat het verzuim is hersteld of dat de hersteltermijn ongebruikt verstreek',
    description: 'De opschorting eindigt (art. 7:10 lid 2 Awb); de beslistermijn schuift op met de dagen dat hij stilstond.',
  })
  eindeOpschorting(@Param('zaakId') zaakId: string, @Body() body: RegistreerEindeOpschortingRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'RegistreerEindeOpschorting', ...body }, principal, request, response);
  }

  @Post('verdaging')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verdaag de beslissing op bezwaar: één keer, ten hoogste zes weken, vóór het einde van de termijn (art. 7:10 lid 3 Awb)' })
  verdaging(@Param('zaakId') zaakId: string, @Body() body: VerdaagBeslistermijnBezwaarRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'VerdaagBeslistermijnBezwaar', ...body }, principal, request, response);
  }

  @Post('sluiting-uitgevoerd')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registreer de feitelijke sluiting; het einde van de sluiting volgt uit de duur' })
  sluitingUitgevoerd(@Param('zaakId') zaakId: string, @Body() body: RegistreerSluitingUitgevoerdRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'RegistreerSluitingUitgevoerd', ...body }, principal, request, response);
  }

  @Post('heropening')
  @HttpCode(200)
  @ApiOperation({ summary: 'Registreer de heropening van het pand; de zaak sluit' })
  heropening(@Param('zaakId') zaakId: string, @Body() body: RegistreerHeropeningRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'RegistreerHeropening', ...body }, principal, request, response);
  }

  @Post('correctie')
  @HttpCode(200)
  @ApiOperation({ summary: 'Corrigeer vastgelegde feiten; de correctie is een eigen gebeurtenis, de oude waarde blijft zichtbaar' })
  correctie(@Param('zaakId') zaakId: string, @Body() body: CorrigeerFeitenRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'CorrigeerFeiten', ...body }, principal, request, response);
  }

  @Post('last-onder-dwangsom')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kies een last onder dwangsom tegen een betrokkene; de dwangsomzaak wordt daaruit geopend (herkomst: deze zaak)' })
  lastOnderDwangsom(@Param('zaakId') zaakId: string, @Body() body: KiesLastOnderDwangsomRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.stap(zaakId, { type: 'KiesLastOnderDwangsom', ...body }, principal, request, response);
  }

  private async stap(zaakId: string, stap: Zaakstap, principal: Principal, request: Request, response: Response): Promise<void> {
    const outcome = await this.commandBus.execute<VoerZaakstapUitCommand, CommandOutcome>(new VoerZaakstapUitCommand(zaakId, stap, principal, commandHeaders(request)));
    sendOutcome(response, outcome, false);
  }
}
