import { Inject, Injectable } from '@nestjs/common';
import { dwangsomDecider, dwangsomStreamId, type OpenDwangsomzaak } from '@handhaving/domain-dwangsom';
import { kamerverhuurtrajectContext, type LastOnderDwangsomGekozen, type OvertredingGeconstateerd } from '@handhaving/domain-kamerverhuur';
import type { EventStore, RecordedEvent } from '@handhaving/event-store';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { CommandPipeline, toDomainEvent } from '../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { Procesmanager } from '../../platform/processen/procesmanager';
import { RedisToken } from '../../platform/redis/redis.module';

export const DWANGSOM_VANUIT_KAMERVERHUUR = 'dwangsom.vanuit-kamerverhuur.v1';

const OVERTREDING = {
  kamerverhuur: 'kamerverhuur zonder kamerverhuurvergunning',
  woningsplitsing: 'woningsplitsing zonder vergunning',
} as const;

/**
 * Process manager: when a kamerverhuur handhavingstraject chooses a last onder dwangsom, open the
 * dwangsom case the choice names (`dwangsomZaakId`), for its overtreder, with the traject as its
 * herkomst: the traject names the case, the case names the traject. The case then has its own
 * voornemen, last, controles, verbeuring and invordering (docs/dwangsom.md). Idempotent: the case
 * id is the traject's choice and the command id derives from the event.
 */
@Injectable()
export class DwangsomVanuitKamerverhuur extends Procesmanager {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) redis: Redis,
    @Inject(ApiConfigToken) config: ApiConfig,
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {
    super({ naam: DWANGSOM_VANUIT_KAMERVERHUUR, filter: { eventTypes: ['LastOnderDwangsomGekozen'], streamPrefixes: [kamerverhuurtrajectContext.streamPrefix] }, store, redis, config });
  }

  protected async reageer(recorded: RecordedEvent): Promise<void> {
    const keuze = toDomainEvent<LastOnderDwangsomGekozen>(recorded);
    const [eerste] = await this.store.readStream(recorded.streamId, { maxCount: 1 });
    const constatering = toDomainEvent<OvertredingGeconstateerd>(eerste);
    const command: OpenDwangsomzaak = {
      type: 'OpenDwangsomzaak',
      zaakId: keuze.dwangsomZaakId,
      gemeente: keuze.gemeente,
      // The Huisvestingsverordening rests on the Huisvestingswet 2014; the last on the gemeente's power of bestuursdwang.
      grondslag: { soort: 'huisvestingswet', artikel: 'art. 21 Huisvestingswet 2014 jo. art. 125 Gemeentewet en art. 5:32 Awb' },
      overtrederId: keuze.overtrederId,
      overtreding: `${OVERTREDING[keuze.soort]} in pand ${keuze.pandSleutel}: ${constatering.bevindingen}`,
      constateringsdatum: constatering.constateringsdatum,
      thema: 'kamerverhuur',
      herkomst: { context: 'kamerverhuur', zaakId: keuze.zaakId },
      datum: keuze.datum,
      door: keuze.door,
      vandaag: vandaag(this.clock),
    };
    await this.pipeline.execute(dwangsomDecider, {
      streamId: dwangsomStreamId(keuze.dwangsomZaakId),
      command,
      gemeente: keuze.gemeente,
      principal: this.namens(recorded, keuze.door, keuze.gemeente),
      commandId: `vanuit-${recorded.id}`,
      correlationId: recorded.metadata.correlationId ?? recorded.id,
      streamMustExist: false,
    });
  }
}
