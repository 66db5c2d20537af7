import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { magGemeente, type Principal } from '@handhaving/auth';
import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider, dwangsomStreamId, openstaandCent, type DwangsomEvent } from '@handhaving/domain-dwangsom';
import type { EventStore } from '@handhaving/event-store';
import { deadlinesVanZaak } from '@handhaving/read-models';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import { IsOptional, Matches } from 'class-validator';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { CurrentPrincipal, Roles } from '../../../platform/auth/auth.decorators';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { etagOf } from '../../../platform/commands/command-http';
import { toDomainEvent } from '../../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../../platform/event-store/event-store.module';
import { NotFound } from '../../../platform/problem-details/api-errors';
import { RedisToken } from '../../../platform/redis/redis.module';

export class DwangsomzaakInzienRequest {
  @ApiPropertyOptional({ example: '2021-12-31', description: 'De zaak zoals die toen bekend was: alleen wat op die dag was vastgelegd' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'bekendOp moet de vorm JJJJ-MM-DD hebben' })
  bekendOp?: string;
}

/**
 * A dwangsom case: its state (the last, every forfeiture with its verjaringsdatum, every
 * invorderingsbeschikking with what was paid), the amount open, its terms from the deadline list,
 * and its history as a timeline. Folded from the case's own stream, so it is always exact.
 */
@ApiTags('dwangsom')
@ApiBearerAuth()
@Controller('dwangsom/zaken')
export class DwangsomzaakInzienController {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  @Get(':zaakId')
  @Roles('juridisch-medewerker', 'oov-analist', 'beheer')
  @ApiOperation({ summary: 'Een dwangsomzaak met haar verbeuringen, invorderingen, termijnen en tijdlijn' })
  async inzien(@Param('zaakId') zaakId: string, @Query() query: DwangsomzaakInzienRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const streamId = dwangsomStreamId(zaakId);
    const recorded = /^[0-9a-f-]{36}$/i.test(zaakId) ? await this.store.readStream(streamId) : [];
    const gemeente = recorded[0]?.metadata.gemeente;
    if (!gemeente || !magGemeente(principal, gemeente)) throw new NotFound(`Zaak ${zaakId} bestaat niet of valt buiten uw gemeenten`);
    const bekendOp = query.bekendOp;
    const known = bekendOp === undefined ? recorded : recorded.filter((event) => kalenderdatumInAmsterdam(event.metadata.recordedAt) <= bekendOp);
    const toestand = fold(dwangsomDecider, known.map(toDomainEvent<DwangsomEvent>));
    response.setHeader('ETag', etagOf(recorded.length - 1));
    response.json({
      zaakId,
      gemeente,
      toestand,
      openstaandCent: openstaandCent(toestand),
      termijnen: bekendOp === undefined ? await deadlinesVanZaak(this.redis, this.config.redisKeyPrefix, streamId, vandaag(this.clock)) : undefined,
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
