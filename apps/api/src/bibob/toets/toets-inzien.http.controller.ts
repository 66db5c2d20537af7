import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { heeftRol, rollen, type Principal } from '@handhaving/auth';
import { isVerzegeldeInhoud, volgendeStappen } from '@handhaving/domain-bibob';
import type { EventStore } from '@handhaving/event-store';
import { PersonalDataVault } from '@handhaving/personal-data';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../platform/auth/auth.decorators';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { etagOf } from '../../platform/commands/command-http';
import { zonderInhoud } from '../../platform/personal-data/verzegelde-tekst';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { BIBOB_ROLLEN } from '../bibob.api-context';
import { inhoudVan, toetsOnderwerp } from '../inhoud/toets-inhoud';
import { leesToets } from './toets-stroom';
import { openbareWeergave } from './toets-weergave';
import { IsKalenderdatum } from '../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../platform/validation/weglaatbaar';

export class ToetsInzienRequest {
  @ApiPropertyOptional({ example: '2023-12-31', description: 'De toets zoals die op die dag bekend was: alleen wat tot en met die dag was vastgelegd, de termijnen op die dag' })
  @Weglaatbaar()
  @IsKalenderdatum('op')
  op?: string;
}

/**
 * A Bibob toets, folded from its own stream. Every role with access to the gemeente sees that it
 * exists, its state, its dates and its terms. The Bibob role sees the whole state, the steps that
 * may follow and the timeline, with each piece of content shown as present and sealed, never its
 * text: reading that is an inzage (POST …/inzage), which is recorded.
 */
@ApiTags('bibob')
@ApiBearerAuth()
@Controller('bibob/zaken')
export class ToetsInzienController {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  @Get(':zaakId')
  @Roles(...rollen)
  @ApiOperation({
    summary: 'Een Bibob-toets: voor iedereen met toegang tot de gemeente dat hij bestaat, zijn stand en termijnen; voor de rol bibob ook de tijdlijn en welke inhoud er is (niet de tekst)',
  })
  async inzien(@Param('zaakId') zaakId: string, @Query() query: ToetsInzienRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const { gemeente, recorded, bekend, toestand } = await leesToets(this.store, zaakId, principal, query.op);
    const openbaar = openbareWeergave(zaakId, gemeente, toestand, query.op ?? vandaag(this.clock));
    response.setHeader('ETag', etagOf(recorded.length - 1));
    response.setHeader('Cache-Control', 'no-store');
    if (!heeftRol(principal, ...BIBOB_ROLLEN)) {
      response.json(openbaar);
      return;
    }
    const vernietigd = await this.vault.isErased(toetsOnderwerp(zaakId));
    response.json({
      ...openbaar,
      toestand,
      volgendeStappen: volgendeStappen(toestand),
      inhoud: {
        status: vernietigd ? 'vernietigd na bewaartermijn' : 'verzegeld',
        // Where content is, so the Bibob role knows what an inzage will open.
        velden: inhoudVan(bekend).map(({ verwijzing }) => verwijzing),
      },
      tijdlijn: bekend.map((event) => ({
        revisie: event.streamRevision,
        stap: event.type,
        datum: (event.data as { datum?: string }).datum,
        door: event.metadata.userId,
        vastgelegdOp: event.metadata.recordedAt,
        gegevens: zonderInhoud(event.data, isVerzegeldeInhoud),
      })),
    });
  }
}
