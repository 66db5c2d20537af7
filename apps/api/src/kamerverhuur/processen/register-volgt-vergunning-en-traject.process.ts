import { Inject, Injectable } from '@nestjs/common';
import {
  huidigeStand,
  kamerverhuurregisterContext,
  kamerverhuurtrajectContext,
  kamerverhuurvergunningContext,
  registerDecider,
  type OvertredingGeconstateerd,
  type RegisterEvent,
  type Stand,
  type TrajectAfgesloten,
  type VergunningAangevraagd,
  type VergunningIngetrokken,
  type VergunningVerleend,
  type VergunningVervallen,
  type WijzigStand,
} from '@handhaving/domain-kamerverhuur';
import { fold } from '@handhaving/domain-shared';
import type { EventStore, RecordedEvent } from '@handhaving/event-store';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { CommandPipeline, toDomainEvent } from '../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { Procesmanager } from '../../platform/processen/procesmanager';
import { RedisToken } from '../../platform/redis/redis.module';

export const REGISTER_VOLGT_VERGUNNING_EN_TRAJECT = 'kamerverhuur.register-volgt.v1';

type Aanleidinggevend = VergunningVerleend | VergunningIngetrokken | VergunningVervallen | OvertredingGeconstateerd | TrajectAfgesloten;

interface Verplaatsing {
  readonly naar: Stand;
  readonly ingangsdatum: string;
  readonly reden?: string;
}

/**
 * Where a permit or a traject moves its pand in the register, from the stand it has now; none when
 * it is there already or the step does not move it (a weigering, a traject that ends otherwise).
 * - a permit granted: vergund, or gelegaliseerd when the pand was in handhaving;
 * - a permit revoked or lapsed: afgevoerd, with that reason, from the day it no longer holds;
 * - a constatering: in handhaving from the day it was seen;
 * - a traject ended because the rental stopped (nageleefd): afgevoerd; legalised: gelegaliseerd.
 */
export function verplaatsing(event: Aanleidinggevend, stand: Stand): Verplaatsing | undefined {
  const vergund = stand === 'vergund' || stand === 'gelegaliseerd';
  switch (event.type) {
    case 'VergunningVerleend':
      if (stand === 'in-onderzoek') return { naar: 'vergund', ingangsdatum: event.ingangsdatum };
      if (stand === 'in-handhaving') return { naar: 'gelegaliseerd', ingangsdatum: event.ingangsdatum };
      return undefined;
    case 'VergunningIngetrokken':
      return vergund ? { naar: 'afgevoerd', ingangsdatum: event.ingangsdatum, reden: `vergunning ingetrokken: ${event.reden}` } : undefined;
    case 'VergunningVervallen':
      return vergund ? { naar: 'afgevoerd', ingangsdatum: event.vervaldatum, reden: `vergunning vervallen (${event.reden})` } : undefined;
    case 'OvertredingGeconstateerd':
      return stand === 'afgevoerd' || stand === 'in-handhaving' ? undefined : { naar: 'in-handhaving', ingangsdatum: event.constateringsdatum };
    case 'TrajectAfgesloten':
      if (stand !== 'in-handhaving') return undefined;
      if (event.resultaat === 'nageleefd') return { naar: 'afgevoerd', ingangsdatum: event.afsluitdatum, reden: 'kamerverhuur beëindigd na handhaving' };
      if (event.resultaat === 'gelegaliseerd') return { naar: 'gelegaliseerd', ingangsdatum: event.afsluitdatum };
      return undefined;
    default: {
      const onbekend: never = event;
      return onbekend;
    }
  }
}

/**
 * Process manager: keeps the pand register in step with the permits and trajecten about its
 * panden (issue 14: "each moving the pand's state in the register"). Each move is a `WijzigStand`
 * on the pand's register entry, as the medewerker who took the step, carrying the event that
 * caused it (its aanleiding): delivered twice, it is recorded once. A move the register refuses
 * (a pand afgevoerd, a date before its last change) is logged with its rule and left to the
 * medewerker, who can set the stand by hand.
 */
@Injectable()
export class RegisterVolgtVergunningEnTraject extends Procesmanager {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) redis: Redis,
    @Inject(ApiConfigToken) config: ApiConfig,
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {
    super({
      naam: REGISTER_VOLGT_VERGUNNING_EN_TRAJECT,
      filter: {
        eventTypes: ['VergunningVerleend', 'VergunningIngetrokken', 'VergunningVervallen', 'OvertredingGeconstateerd', 'TrajectAfgesloten'],
        streamPrefixes: [kamerverhuurvergunningContext.streamPrefix, kamerverhuurtrajectContext.streamPrefix],
      },
      store,
      redis,
      config,
    });
  }

  protected async reageer(recorded: RecordedEvent): Promise<void> {
    const event = toDomainEvent<Aanleidinggevend>(recorded);
    const registerZaakId = await this.registerZaakVan(recorded.streamId);
    const gemeente = recorded.metadata.gemeente;
    if (registerZaakId === undefined || gemeente === undefined) return;
    const streamId = kamerverhuurregisterContext.streamId(registerZaakId);
    const register = fold(registerDecider, (await this.store.readStream(streamId)).map(toDomainEvent<RegisterEvent>));
    if (register.status !== 'opgenomen') {
      this.logger.warn({ eventId: recorded.id, registerZaakId }, `${event.type}: het pand staat niet in het register`);
      return;
    }
    const doel = verplaatsing(event, huidigeStand(register));
    if (doel === undefined) return;
    const command: WijzigStand = {
      type: 'WijzigStand',
      zaakId: registerZaakId,
      ...doel,
      aanleiding: { zaakId: event.zaakId, gebeurtenis: event.type, eventId: recorded.id },
      datum: event.datum,
      door: event.door,
      vandaag: vandaag(this.clock),
    };
    await this.pipeline.execute(registerDecider, {
      streamId,
      command,
      gemeente,
      principal: this.namens(recorded, event.door, gemeente),
      commandId: `register-volgt-${recorded.id}`,
      correlationId: recorded.metadata.correlationId ?? recorded.id,
      streamMustExist: true,
    });
  }

  /** The pand a permit or traject is about: named by its first event. */
  private async registerZaakVan(streamId: string): Promise<string | undefined> {
    const [eerste] = await this.store.readStream(streamId, { maxCount: 1 });
    if (eerste === undefined) return undefined;
    return toDomainEvent<VergunningAangevraagd | OvertredingGeconstateerd>(eerste).registerZaakId;
  }
}
