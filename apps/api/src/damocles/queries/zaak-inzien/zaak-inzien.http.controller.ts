import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { magGemeente, type Principal } from '@handhaving/auth';
import { fold } from '@handhaving/domain-shared';
import { damoclesDecider, damoclesStreamId, type DamoclesEvent } from '@handhaving/domain-damocles';
import type { EventStore } from '@handhaving/event-store';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { etagOf } from '../../../platform/commands/command-http';
import { toDomainEvent } from '../../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../../platform/event-store/event-store.module';
import { NotFound } from '../../../platform/problem-details/api-errors';
import { IsKalenderdatum } from '../../../platform/validation/is-kalenderdatum';
import { Weglaatbaar } from '../../../platform/validation/weglaatbaar';

export class ZaakInzienRequest {
  @ApiPropertyOptional({ example: '2020-12-31', description: 'De zaak zoals die toen bekend was: alleen wat op die dag was vastgelegd' })
  @Weglaatbaar()
  @IsKalenderdatum('bekendOp')
  bekendOp?: string;
}

/**
 * A Damocles case: its state and its history as a timeline (each step with its domain date, who
 * recorded it and when). Folded from the case's own stream, so it is always exact.
 */
@ApiTags('damocles')
@ApiBearerAuth()
@Controller('damocles/zaken')
export class ZaakInzienController {
  constructor(@Inject(EventStoreToken) private readonly store: EventStore) {}

  @Get(':zaakId')
  @Roles('juridisch-medewerker', 'oov-analist', 'beheer')
  @ApiOperation({ summary: 'Een Damocles-zaak met haar tijdlijn' })
  async inzien(
    @Param('zaakId') zaakId: string,
    @Query() query: ZaakInzienRequest,
    @CurrentPrincipal() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    const recorded = /^[0-9a-f-]{36}$/i.test(zaakId) ? await this.store.readStream(damoclesStreamId(zaakId)) : [];
    const gemeente = recorded[0]?.metadata.gemeente;
    if (!gemeente || !magGemeente(principal, gemeente)) throw new NotFound(`Zaak ${zaakId} bestaat niet of valt buiten uw gemeenten`);
    const bekendOp = query.bekendOp;
    const known = bekendOp === undefined ? recorded : recorded.filter((event) => kalenderdatumInAmsterdam(event.metadata.recordedAt) <= bekendOp);
    const events = known.map(toDomainEvent<DamoclesEvent>);
    response.setHeader('ETag', etagOf(recorded.length - 1));
    response.json({
      zaakId,
      gemeente,
      toestand: fold(damoclesDecider, events),
      tijdlijn: known.map((event) => ({
        revisie: event.streamRevision,
        stap: event.type,
        datum: (event.data as { datum?: string }).datum,
        door: event.metadata.userId,
        vastgelegdOp: event.metadata.recordedAt,
        gegevens: event.data,
      })),
    });
  }
}
