import { Inject, Injectable } from '@nestjs/common';
import { damoclesContext, type RapportageOntvangen } from '@handhaving/domain-damocles';
import { flexteamcontroleContext, verzoekContext, type Bevinding, type StartVervolg, type Vervolg, type VerzoekVerstuurd } from '@handhaving/domain-flexteam';
import { kamerverhuurtrajectContext, type OvertredingGeconstateerd } from '@handhaving/domain-kamerverhuur';
import type { Bron } from '@handhaving/domain-shared';
import type { EventStore, RecordedEvent } from '@handhaving/event-store';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { CommandPipeline, toDomainEvent } from '../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { Procesmanager } from '../../platform/processen/procesmanager';
import { RedisToken } from '../../platform/redis/redis.module';

export const VERVOLG_GEKOPPELD = 'flexteam.vervolg-gekoppeld.v1';

/** A follow-up's first event, as far as the control needs it: which control, which finding at which pand, which case. */
interface Koppeling {
  readonly bron: Bron;
  readonly pandSleutel: string;
  readonly bevinding: Bevinding;
  readonly vervolg: Vervolg;
  readonly gemeente: string;
  readonly datum: string;
  readonly door: string;
}

/** The follow-up an opening event is, when it names a flexteam control as its bron; else none. */
export function koppelingVan(event: OvertredingGeconstateerd | VerzoekVerstuurd | RapportageOntvangen): Koppeling | undefined {
  const stap = { gemeente: event.gemeente, datum: event.datum, door: event.door };
  switch (event.type) {
    case 'OvertredingGeconstateerd':
      return event.bron === undefined ? undefined : { bron: event.bron, pandSleutel: event.pandSleutel, bevinding: event.soort, vervolg: { context: 'kamerverhuurtraject', zaakId: event.zaakId }, ...stap };
    case 'VerzoekVerstuurd':
      return { bron: event.herkomst, pandSleutel: event.herkomst.pandSleutel, bevinding: event.herkomst.bevinding, vervolg: { context: 'verzoek', zaakId: event.zaakId }, ...stap };
    case 'RapportageOntvangen':
      return event.bron === undefined ? undefined : { bron: event.bron, pandSleutel: event.pand.sleutel, bevinding: 'drugs-aangetroffen', vervolg: { context: 'damocles', zaakId: event.zaakId }, ...stap };
  }
}

/**
 * Process manager: a case that follows up a flexteam finding — a traject or request the control
 * started, or a Damocles case opened on the police report about drugs the team found — is linked
 * on the control (`StartVervolg`): the case names the control, the control names the case. The
 * decider takes the same link twice as nothing, and the command id derives from the event: a run
 * after a crash links once. A case that names no control of this gemeente, or a finding the
 * control did not make, is logged and skipped.
 */
@Injectable()
export class VervolgGekoppeld extends Procesmanager {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) redis: Redis,
    @Inject(ApiConfigToken) config: ApiConfig,
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {
    super({
      naam: VERVOLG_GEKOPPELD,
      filter: {
        eventTypes: ['OvertredingGeconstateerd', 'VerzoekVerstuurd', 'RapportageOntvangen'],
        streamPrefixes: [kamerverhuurtrajectContext.streamPrefix, verzoekContext.streamPrefix, damoclesContext.streamPrefix],
      },
      store,
      redis,
      config,
    });
  }

  protected async reageer(recorded: RecordedEvent): Promise<void> {
    const koppeling = koppelingVan(toDomainEvent<OvertredingGeconstateerd | VerzoekVerstuurd | RapportageOntvangen>(recorded));
    if (koppeling === undefined) return;
    const streamId = flexteamcontroleContext.streamId(koppeling.bron.zaakId);
    const [eerste] = await this.store.readStream(streamId, { maxCount: 1 });
    if (eerste?.metadata.gemeente !== koppeling.gemeente) {
      this.logger.warn({ eventId: recorded.id, streamId: recorded.streamId, controle: koppeling.bron.zaakId }, 'bron is geen flexteamcontrole van deze gemeente: niet gekoppeld');
      return;
    }
    const command: StartVervolg = {
      type: 'StartVervolg',
      zaakId: koppeling.bron.zaakId,
      pandSleutel: koppeling.pandSleutel,
      bevinding: koppeling.bevinding,
      vervolg: koppeling.vervolg,
      datum: koppeling.datum,
      door: koppeling.door,
      vandaag: vandaag(this.clock),
    };
    await this.pipeline.execute(flexteamcontroleContext.decider, {
      streamId,
      command,
      principal: this.namens(recorded, koppeling.door, koppeling.gemeente),
      commandId: `koppel-${recorded.id}`,
      correlationId: recorded.metadata.correlationId ?? recorded.id,
      streamMustExist: true,
    });
  }
}
