import { Inject, Injectable } from '@nestjs/common';
import { flexteamcontroleContext, verzoekContext, type ControleGepland, type ControleUitgevoerd, type VerstuurVerzoek } from '@handhaving/domain-flexteam';
import { kamerverhuurtrajectContext, type RegistreerConstatering } from '@handhaving/domain-kamerverhuur';
import { DomainRuleViolation, type Zaakcontext } from '@handhaving/domain-shared';
import type { EventStore, RecordedEvent } from '@handhaving/event-store';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { Pandregister } from '../../kamerverhuur/register/pandregister';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { CommandPipeline, toDomainEvent } from '../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { Procesmanager } from '../../platform/processen/procesmanager';
import { RedisToken } from '../../platform/redis/redis.module';
import { vervolgopdrachten, type Vervolgopdracht } from './vervolg-na-controle';

export const VERVOLG_NA_CONTROLE = 'flexteam.vervolg-na-controle.v1';

/**
 * Process manager: when a control is carried out, start the follow-ups its findings call for
 * (`vervolgopdrachten`): a handhavingstraject for kamerverhuur or woningsplitsing in a pand of the
 * register, a request to the BRP or to bouw- en woningtoezicht. Each opens with the control as its
 * bron; the control records the link when the follow-up's first event comes by
 * (`VervolgGekoppeld`). Exactly once: each follow-up's id derives from control, pand and finding
 * and its command id from this event, so a run after a crash appends nothing twice. A follow-up
 * that cannot start (a pand not in the kamerverhuur register) is logged and stays open on the
 * control, for the medewerker.
 */
@Injectable()
export class VervolgNaControle extends Procesmanager {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) redis: Redis,
    @Inject(ApiConfigToken) config: ApiConfig,
    private readonly pipeline: CommandPipeline,
    private readonly register: Pandregister,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {
    super({ naam: VERVOLG_NA_CONTROLE, filter: { eventTypes: ['ControleUitgevoerd'], streamPrefixes: [flexteamcontroleContext.streamPrefix] }, store, redis, config });
  }

  protected async reageer(recorded: RecordedEvent): Promise<void> {
    const uitgevoerd = toDomainEvent<ControleUitgevoerd>(recorded);
    const [eerste] = await this.store.readStream(recorded.streamId, { maxCount: 1 });
    const gepland = toDomainEvent<ControleGepland>(eerste);
    for (const opdracht of vervolgopdrachten(gepland, uitgevoerd)) {
      try {
        await this.start(opdracht, gepland, uitgevoerd, recorded);
      } catch (error) {
        // One follow-up refused (a pand not in the register) does not keep the others from starting.
        if (!(error instanceof DomainRuleViolation)) throw error;
        this.logger.warn({ eventId: recorded.id, streamId: recorded.streamId, pandSleutel: opdracht.bezoek.pandSleutel, rule: error.rule, detail: error.detail }, 'vervolg niet gestart');
      }
    }
  }

  private async start(opdracht: Vervolgopdracht, gepland: ControleGepland, uitgevoerd: ControleUitgevoerd, recorded: RecordedEvent): Promise<void> {
    const bron = { context: 'flexteam', zaakId: uitgevoerd.zaakId } as const;
    const stap = { datum: uitgevoerd.datum, door: uitgevoerd.door, vandaag: vandaag(this.clock) };
    if (opdracht.soort === 'traject') {
      const inRegister = await this.register.vind(gepland.gemeente, opdracht.bezoek.pand);
      const command: RegistreerConstatering = {
        type: 'RegistreerConstatering',
        zaakId: opdracht.zaakId,
        gemeente: gepland.gemeente,
        ...inRegister,
        soort: opdracht.trajectsoort,
        overtrederId: opdracht.bezoek.overtrederId ?? '',
        constateringsdatum: uitgevoerd.datum,
        toezichthouder: `flexteam (${uitgevoerd.door})`,
        bevindingen: opdracht.bevindingen,
        bron,
        ...stap,
      };
      await this.open(kamerverhuurtrajectContext, command, gepland.gemeente, recorded, uitgevoerd.door, opdracht.zaakId);
      return;
    }
    const command: VerstuurVerzoek = {
      type: 'VerstuurVerzoek',
      zaakId: opdracht.zaakId,
      gemeente: gepland.gemeente,
      aan: opdracht.aan,
      pand: opdracht.bezoek.pand,
      herkomst: { ...bron, pandSleutel: opdracht.bezoek.pandSleutel, bevinding: opdracht.bevinding },
      ...stap,
    };
    await this.open(verzoekContext, command, gepland.gemeente, recorded, uitgevoerd.door, opdracht.zaakId);
  }

  private async open<Command>(context: Zaakcontext<Command>, command: Command, gemeente: string, recorded: RecordedEvent, door: string, zaakId: string): Promise<void> {
    await this.pipeline.execute(context.decider, {
      streamId: context.streamId(zaakId),
      command,
      gemeente,
      principal: this.namens(recorded, door, gemeente),
      commandId: `vervolg-${recorded.id}`,
      correlationId: recorded.metadata.correlationId ?? recorded.id,
      streamMustExist: false,
    });
  }
}
