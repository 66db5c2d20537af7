import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { damoclesDecider, damoclesStreamId, type DamoclesCommand, type DamoclesState } from '@handhaving/domain-damocles';
import type { EventStore } from '@handhaving/event-store';
import { beleidOp } from '@handhaving/policy';
import { ProjectionRunner } from '@handhaving/projections';
import { recidive, recidiveVoor } from '@handhaving/read-models';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../../config/api-config.provider';
import type { ApiConfig } from '../../../config/api-config';
import { BeleidStream } from '../../../beleid/queries/beleid-stream';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../../platform/event-store/event-store.module';
import { NotFound } from '../../../platform/problem-details/api-errors';
import { RedisToken } from '../../../platform/redis/redis.module';
import { StelMaatregelVoorCommand } from './stel-maatregel-voor.command';

/**
 * The engine's proposal: the policy in force on the constateringsdatum, the earlier finds in the
 * same pand within its window (the recidive read model, brought up to date first), and the
 * ladder — recorded on the case with the policy version, so it can be reproduced years later.
 */
@CommandHandler(StelMaatregelVoorCommand)
export class StelMaatregelVoorHandler implements ICommandHandler<StelMaatregelVoorCommand, CommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly beleid: BeleidStream,
    private readonly projections: ProjectionRunner,
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) private readonly config: ApiConfig,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  execute({ zaakId, datum, principal, headers }: StelMaatregelVoorCommand): Promise<CommandOutcome> {
    if (!/^[0-9a-f-]{36}$/i.test(zaakId)) throw new NotFound(`Zaak ${zaakId} bestaat niet`);
    return this.pipeline.execute(damoclesDecider, {
      streamId: damoclesStreamId(zaakId),
      // Built from the case after the pipeline checked the caller may act on it: another gemeente's case stays a 404.
      command: async (state: DamoclesState): Promise<DamoclesCommand> => {
        if (state.status === 'onbekend') throw new NotFound(`Zaak ${zaakId} bestaat niet`);
        const { zaak } = state;
        const { events } = await this.beleid.events(zaak.gemeente);
        const inForce = beleidOp(events, zaak.constateringsdatum);
        if (inForce.status === 'geen-beleid') throw new DomainRuleViolation('damocles/geen-beleid', inForce.reden, 'constateringsdatum');

        const head = await this.store.readHeadPosition();
        if (!(await this.projections.waitForPosition(head, 5_000, recidive.name))) {
          throw new Error('De recidivegegevens zijn niet binnen 5 s bijgewerkt; probeer het opnieuw');
        }
        const { eerdereVondsten } = await recidiveVoor(this.redis, this.config.redisKeyPrefix, {
          pandSleutel: zaak.pand.sleutel,
          constateringsdatum: zaak.constateringsdatum,
          recidiveTermijnMaanden: inForce.beleid.damocles.recidiveTermijnMaanden,
          vondstenZonderMaatregelTellenMee: inForce.beleid.damocles.vondstenZonderMaatregelTellenMee,
          exclusiefZaakId: zaakId,
        });
        return {
          type: 'StelMaatregelVoor',
          zaakId,
          beleidsversie: inForce.versie,
          beleid: inForce.beleid,
          eerdereVondsten: eerdereVondsten.map(({ zaakId: eerdereZaak, constateringsdatum }) => ({ zaakId: eerdereZaak, constateringsdatum })),
          datum: datum ?? vandaag(this.clock),
          door: principal.userId,
          vandaag: vandaag(this.clock),
        };
      },
      principal,
      ...headers,
      streamMustExist: true,
    });
  }
}
