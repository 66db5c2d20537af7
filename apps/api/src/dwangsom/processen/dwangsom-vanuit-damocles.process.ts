import { Inject, Injectable } from '@nestjs/common';
import { fold } from '@handhaving/domain-shared';
import { damoclesContext, damoclesDecider, type DamoclesEvent, type LastOnderDwangsomGekozen } from '@handhaving/domain-damocles';
import { dwangsomDecider, dwangsomStreamId, type OpenDwangsomzaak } from '@handhaving/domain-dwangsom';
import { nameBasedUuid, type EventStore, type RecordedEvent } from '@handhaving/event-store';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { CommandPipeline, toDomainEvent } from '../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { Procesmanager } from '../../platform/processen/procesmanager';
import { RedisToken } from '../../platform/redis/redis.module';

export const DWANGSOM_VANUIT_DAMOCLES = 'dwangsom.vanuit-damocles.v1';

/** The dwangsom case a Damocles choice opens: named by the event that chose it, so a replay finds the same case. */
export function dwangsomzaakVoor(bronEventId: string): string {
  return nameBasedUuid('dwangsom', 'vanuit-damocles', bronEventId);
}

/**
 * Process manager: when a Damocles case records `LastOnderDwangsomGekozen`, open a dwangsom case
 * for that overtreder, linked back to the Damocles case (herkomst). It runs on the event store
 * subscription with its own checkpoint (never a direct call between the contexts), and sends the
 * command through the same pipeline and decider as a medewerker would, as the user who made the
 * choice (platform/processen/procesmanager.ts). Idempotent: the case id and the command id derive
 * from the source event's id.
 */
@Injectable()
export class DwangsomVanuitDamocles extends Procesmanager {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) redis: Redis,
    @Inject(ApiConfigToken) config: ApiConfig,
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {
    super({ naam: DWANGSOM_VANUIT_DAMOCLES, filter: { eventTypes: ['LastOnderDwangsomGekozen'], streamPrefixes: [damoclesContext.streamPrefix] }, store, redis, config });
  }

  protected async reageer(recorded: RecordedEvent): Promise<void> {
    const keuze = toDomainEvent<LastOnderDwangsomGekozen>(recorded);
    const gemeente = recorded.metadata.gemeente;
    if (gemeente === undefined) {
      this.logger.warn({ eventId: recorded.id, streamId: recorded.streamId }, 'LastOnderDwangsomGekozen zonder gemeente: geen dwangsomzaak geopend');
      return;
    }
    const damocles = fold(damoclesDecider, (await this.store.readStream(recorded.streamId)).map(toDomainEvent<DamoclesEvent>));
    const constateringsdatum = damocles.status === 'onbekend' ? keuze.datum : damocles.zaak.constateringsdatum;
    const zaakId = dwangsomzaakVoor(recorded.id);
    const command: OpenDwangsomzaak = {
      type: 'OpenDwangsomzaak',
      zaakId,
      gemeente,
      grondslag: { soort: 'opiumwet-13b', artikel: 'art. 13b Opiumwet jo. art. 5:32 Awb' },
      overtrederId: keuze.overtrederId,
      overtreding: `drugs in het pand van Damocles-zaak ${keuze.zaakId}: ${keuze.motivering}`,
      constateringsdatum,
      // A last under art. 13b Opiumwet from a Damocles case is about the pand and goes to its owner
      // or user, not to a dealer: the council's "dwangsommen aan drugsdealers" must not count it.
      thema: 'drugspand',
      herkomst: { context: 'damocles', zaakId: keuze.zaakId },
      datum: keuze.datum,
      door: keuze.door,
      // The day the case is opened, from the API's clock, as for a medewerker's step: the decider
      // refuses a date after it (docs/awb-procedure.md, "Dates").
      vandaag: vandaag(this.clock),
    };
    await this.pipeline.execute(dwangsomDecider, {
      streamId: dwangsomStreamId(zaakId),
      command,
      gemeente,
      principal: this.namens(recorded, keuze.door, gemeente),
      commandId: `vanuit-${recorded.id}`,
      correlationId: recorded.metadata.correlationId ?? recorded.id,
      streamMustExist: false,
    });
  }
}
