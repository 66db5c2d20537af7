import { Controller, Get, Inject, Param, Query, Res, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { magGemeente, type Principal, type Rol } from '@handhaving/auth';
import { fold } from '@handhaving/domain-shared';
import type { EventStore } from '@handhaving/event-store';
import { deadlinesVanZaak } from '@handhaving/read-models';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { ClockToken, vandaag, type Clock } from '../clock/clock';
import { etagOf } from '../commands/command-http';
import { toDomainEvent, type DomainEvent } from '../commands/command-pipeline';
import { EventStoreToken } from '../event-store/event-store.module';
import { NotFound } from '../problem-details/api-errors';
import { RedisToken } from '../redis/redis.module';
import { IsKalenderdatum } from '../validation/is-kalenderdatum';
import type { ApiZaakcontext } from './api-zaakcontext';
import { Weglaatbaar } from '../validation/weglaatbaar';

export class ZaakInzienRequest {
  @ApiPropertyOptional({ example: '2021-12-31', description: 'De zaak zoals die toen bekend was: alleen wat op die dag was vastgelegd' })
  @Weglaatbaar()
  @IsKalenderdatum('bekendOp')
  bekendOp?: string;
}

export interface ZaakInzienOpties {
  /** The OpenAPI summary, in the user's words. */
  readonly samenvatting: string;
  /** Who may read it (within the gemeenten of the token). */
  readonly rollen: readonly Rol[];
  /** What the context adds to its case beside its state (a dwangsom case: the amount open). */
  readonly erbij?: (toestand: unknown) => Record<string, unknown>;
  /** What a step's data shows in the timeline (a melding: its sealed description only as `{ verzegeld: true }`); absent: the data as recorded. */
  readonly gegevens?: (data: unknown) => unknown;
}

/**
 * `GET /api/{context}/zaken/{zaakId}` of a registered context: the case folded from its own stream
 * by its decider (so always exact, and as known on a day with `bekendOp`), its terms from the
 * deadline list, its history as a timeline with each step's revision (the ETag for If-Match),
 * date and author. Another gemeente's case does not exist for the caller (404).
 */
export function zaakInzienController(definitie: ApiZaakcontext, opties: ZaakInzienOpties): Type<unknown> {
  const { context } = definitie;

  @ApiTags(definitie.tag)
  @ApiBearerAuth()
  @Controller(`${context.naam}/zaken`)
  class ZaakInzienController {
    constructor(
      @Inject(EventStoreToken) readonly store: EventStore,
      @Inject(RedisToken) readonly redis: Redis,
      @Inject(ApiConfigToken) readonly config: ApiConfig,
      @Inject(ClockToken) readonly clock: Clock,
    ) {}

    @Get(':zaakId')
    @Roles(...opties.rollen)
    @ApiOperation({ summary: opties.samenvatting })
    async inzien(@Param('zaakId') param: string, @Query() query: ZaakInzienRequest, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
      const zaakId = definitie.zaakIdUit?.(param) ?? param;
      const streamId = context.streamId(zaakId);
      const recorded = /^[0-9a-f-]{36}$/i.test(zaakId) ? await this.store.readStream(streamId) : [];
      const gemeente = recorded[0]?.metadata.gemeente;
      if (!gemeente || !magGemeente(principal, gemeente)) throw new NotFound(`Zaak ${zaakId} bestaat niet of valt buiten uw gemeenten`);
      const bekendOp = query.bekendOp;
      const known = bekendOp === undefined ? recorded : recorded.filter((event) => kalenderdatumInAmsterdam(event.metadata.recordedAt) <= bekendOp);
      const toestand = fold(context.decider, known.map(toDomainEvent<DomainEvent>));
      response.setHeader('ETag', etagOf(recorded.length - 1));
      response.json({
        zaakId,
        gemeente,
        toestand,
        ...opties.erbij?.(toestand),
        termijnen: bekendOp === undefined ? await deadlinesVanZaak(this.redis, this.config.redisKeyPrefix, streamId, vandaag(this.clock)) : undefined,
        tijdlijn: known.map((event) => ({
          revisie: event.streamRevision,
          stap: event.type,
          datum: (event.data as { datum?: string }).datum,
          door: event.metadata.userId,
          vastgelegdOp: event.metadata.recordedAt,
          gegevens: opties.gegevens === undefined ? event.data : opties.gegevens(event.data),
        })),
      });
    }
  }
  Object.defineProperty(ZaakInzienController, 'name', { value: `${context.naam.charAt(0).toUpperCase()}${context.naam.slice(1)}ZaakInzienController` });
  return ZaakInzienController;
}
