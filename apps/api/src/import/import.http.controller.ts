import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rollen } from '@handhaving/auth';
import type { Request } from 'express';
import { Roles } from '../platform/auth/auth.decorators';
import { GeenImportInImport } from './geen-import-in-import.guard';
import { MAX_OPDRACHTEN_PER_VERZOEK, ImportRequest } from './import.request.dto';
import { OpdrachtenUitvoerder, type Uitkomst } from './opdrachten-uitvoerder';

/**
 * Many commands in one request, for `handhaving import`: each runs through its own endpoint as
 * if it came on its own (so each is checked against the caller's roles and gemeenten), and
 * each gets its own answer. The request itself succeeds when it was read; look at the outcomes.
 */
@ApiTags('import')
@ApiBearerAuth()
@Controller('import')
@Roles(...rollen)
@UseGuards(GeenImportInImport)
export class ImportController {
  constructor(private readonly uitvoerder: OpdrachtenUitvoerder) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Voer een reeks opdrachten uit (import)',
    description:
      `Tot ${MAX_OPDRACHTEN_PER_VERZOEK} opdrachten per verzoek, elk zoals het eigen endpoint hem neemt. ` +
      'Elke opdracht wordt gecontroleerd en uitgevoerd als een los verzoek met uw token; de uitkomsten staan in dezelfde volgorde. ' +
      'Opdrachten met dezelfde reeks gaan na elkaar, andere reeksen naast elkaar.',
  })
  async importeer(@Body() body: ImportRequest, @Req() request: Request): Promise<{ uitkomsten: Uitkomst[] }> {
    const uitkomsten = await this.uitvoerder.voerUit(body.opdrachten, {
      authorization: request.header('authorization') ?? '',
      correlationId: String(request.id ?? 'import'),
    });
    return { uitkomsten };
  }
}
