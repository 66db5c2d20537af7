import { Body, Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import { meldingContext } from '@handhaving/domain-meldingen';
import { PersonalDataVault } from '@handhaving/personal-data';
import type { Request, Response } from 'express';
import { pandInvoer } from '../../panden/pand.request.dto';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { ApiIdempotencyKey, commandHeaders, sendOutcome } from '../../platform/commands/command-http';
import { verzegelTekst } from '../../platform/personal-data/verzegelde-tekst';
import { nieuweZaakId, OpenZaakCommand } from '../../platform/zaakstappen/open-zaak.command';
import type { ZaakGeopendOutcome } from '../../platform/zaakstappen/open-zaak.handler';
import { MELDING_ROLLEN, meldingOnderwerp } from '../melding.api-context';
import { RegistreerMeldingRequest, type PlaatsVanMeldingRequest } from '../melding.requests.dto';

@ApiTags('meldingen')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('melding/zaken')
export class MeldingenCommandsController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  @Post()
  @Roles(...MELDING_ROLLEN)
  @ApiOperation({
    summary: 'Registreer een melding: bron, categorie, pand of gebied, meldingsdatum en de woorden van de melder',
    description: 'De omschrijving kan personen noemen: de API verzegelt haar met een sleutel van de melding, zodat alleen versleutelde tekst in het eventlog staat.',
  })
  async registreer(@Body() body: RegistreerMeldingRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { zaakId: gekozen, gemeente, plaats, omschrijving, ...melding } = body;
    // Before anything is sealed: a caller of another gemeente makes no key in the vault.
    assertGemeenteToegang(principal, gemeente);
    const headers = commandHeaders(request);
    const zaakId = gekozen?.toLowerCase() ?? nieuweZaakId('melding', principal, headers, request.header('idempotency-key') !== undefined);
    const stap = {
      type: 'RegistreerMelding',
      ...melding,
      plaats: plaatsVan(plaats),
      ...(omschrijving === undefined ? {} : { omschrijving: await verzegelTekst((onderwerp, gegevens) => this.vault.seal(onderwerp, gegevens), meldingOnderwerp(zaakId), omschrijving) }),
    };
    const outcome = await this.commandBus.execute<OpenZaakCommand, ZaakGeopendOutcome>(new OpenZaakCommand(meldingContext, zaakId, stap, gemeente, principal, headers));
    sendOutcome(response, outcome, true, `/api/melding/zaken/${zaakId}`);
  }
}

function plaatsVan(plaats: PlaatsVanMeldingRequest): object {
  return plaats.soort === 'pand' && plaats.pand !== undefined ? { soort: 'pand', pand: pandInvoer(plaats.pand) } : { soort: plaats.soort, omschrijving: plaats.omschrijving };
}
