import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@handhaving/auth';
import type { EventStore } from '@handhaving/event-store';
import { PersonalDataVault } from '@handhaving/personal-data';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import type { Request, Response } from 'express';
import { AuditLog } from '../../platform/audit/audit-log';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { assertGemeenteToegang } from '../../platform/auth/gemeente-toegang';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { REGEL_VAN_IMPORT } from '../../platform/logging/request-log-level';
import { InvalidInput } from '../../platform/problem-details/api-errors';
import { BIBOB_ROLLEN } from '../bibob.api-context';
import { inhoudVan, openInhoud, toetsOnderwerp } from '../inhoud/toets-inhoud';
import { leesToets } from '../toets/toets-stroom';
import { inzageStreamId, legInzageVast, type BibobInhoudIngezien } from './inzage-stroom';
import { InzagelogRequest, InzageRequest } from './inzage.request.dto';

/** What an inzage answers once the toets's key was destroyed. */
export const VERNIETIGD = 'vernietigd na bewaartermijn';

/**
 * Reading a toets's contents (art. 28 Wet Bibob): only the Bibob role, with a reason, and every
 * read recorded before it is answered. The record is for beheer to query; nothing changes it.
 */
@ApiTags('bibob')
@ApiBearerAuth()
@Controller('bibob')
export class InzageController {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
    private readonly audit: AuditLog,
  ) {}

  @Post('zaken/:zaakId/inzage')
  @HttpCode(200)
  @Roles(...BIBOB_ROLLEN)
  @ApiOperation({
    summary: 'Lees de vertrouwelijke inhoud van een toets (bevindingen, advies LBB, motiveringen); met reden, vastgelegd in het inzagelog',
    description: 'Wie, wanneer, waarom en welke toets worden vastgelegd voordat de inhoud wordt gegeven. Niet mogelijk via een import.',
  })
  async inzage(@Param('zaakId') zaakId: string, @Body() body: InzageRequest, @CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    // An import's answers are kept and shown as a whole: contents never go there.
    if ((request as Request & { [REGEL_VAN_IMPORT]?: boolean })[REGEL_VAN_IMPORT] === true) {
      throw new InvalidInput([{ field: 'opdracht', rule: 'niet-via-import', detail: 'Inzage in een Bibob-toets kan niet via een import; vraag haar los op' }]);
    }
    const { gemeente, recorded } = await leesToets(this.store, zaakId, principal);
    const inhoud = inhoudVan(recorded);
    const vernietigd = await this.vault.isErased(toetsOnderwerp(zaakId));
    await legInzageVast(this.store, gemeente, { zaakId, reden: body.reden, velden: vernietigd ? 0 : inhoud.length }, principal, String(request.id ?? ''));
    this.audit.vertrouwelijkGelezen(principal, `bibob/zaken/${zaakId}/inzage`, gemeente);
    const velden = await Promise.all(
      inhoud.map(async ({ verwijzing, zegel }) => {
        if (vernietigd) return { ...verwijzing, status: VERNIETIGD };
        const geopend = await openInhoud(this.vault, zaakId, zegel);
        return geopend.status === 'beschikbaar' ? { ...verwijzing, tekst: geopend.tekst } : { ...verwijzing, status: VERNIETIGD };
      }),
    );
    response.setHeader('Cache-Control', 'no-store');
    response.json({ zaakId, ...(vernietigd ? { status: VERNIETIGD } : {}), inhoud: velden });
  }

  @Get('inzagelog')
  @Roles('beheer')
  @ApiOperation({ summary: 'Het inzagelog van de Bibob-toetsen van een gemeente: wie welke toets las, wanneer en waarom (alleen lezen)' })
  async inzagelog(@Query() query: InzagelogRequest, @CurrentPrincipal() principal: Principal): Promise<{ gemeente: string; inzagen: object[] }> {
    assertGemeenteToegang(principal, query.gemeente);
    const events = await this.store.readStream(inzageStreamId(query.gemeente));
    const inzagen = events
      .filter((event) => {
        const dag = kalenderdatumInAmsterdam(event.metadata.recordedAt);
        return event.type === 'BibobInhoudIngezien' && (query.van === undefined || dag >= query.van) && (query.tot === undefined || dag <= query.tot);
      })
      .map((event) => {
        const data = event.data as Omit<BibobInhoudIngezien, 'type'>;
        return { zaakId: data.zaakId, door: data.door, rollen: data.rollen, reden: data.reden, velden: data.velden, op: event.metadata.recordedAt };
      });
    return { gemeente: query.gemeente, inzagen };
  }
}
