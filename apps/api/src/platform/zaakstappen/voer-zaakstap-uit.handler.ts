import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@handhaving/event-store';
import { PersonalDataVault } from '@handhaving/personal-data';
import { beleidOp, beleidStreamId, type BeleidEvent } from '@handhaving/policy';
import { ClockToken, vandaag, type Clock } from '../clock/clock';
import { CommandPipeline, toDomainEvent, type CommandOutcome } from '../commands/command-pipeline';
import { EventStoreToken } from '../event-store/event-store.module';
import { NotFound } from '../problem-details/api-errors';
import type { Naslag } from './api-zaakcontext';
import { VoerZaakstapUitCommand } from './voer-zaakstap-uit.command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every step on an existing case of every context goes the same way: the step's date (today when
 * the caller gives none), who takes it and the day it is recorded are added, and the context's
 * decider judges it against the case so far.
 */
@CommandHandler(VoerZaakstapUitCommand)
export class VoerZaakstapUitHandler implements ICommandHandler<VoerZaakstapUitCommand, CommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  execute({ context, zaakId, stap, principal, headers, aanvullen, betrokkenen }: VoerZaakstapUitCommand): Promise<CommandOutcome> {
    if (!UUID.test(zaakId)) throw new NotFound(`Zaak ${zaakId} bestaat niet`);
    const vandaagHier = vandaag(this.clock);
    const metZaak = (s: typeof stap) => ({ ...s, zaakId, datum: s.datum ?? vandaagHier, door: principal.userId, vandaag: vandaagHier });
    // A step that looks something up does so from the case, once the pipeline checked the caller may act on it.
    const command = aanvullen === undefined ? metZaak(stap) : async (state: unknown) => metZaak(await aanvullen(stap, state, this.naslag));
    return this.pipeline.execute(context.decider, {
      streamId: context.streamId(zaakId),
      command,
      principal,
      ...headers,
      streamMustExist: true,
      ...(betrokkenen === undefined || betrokkenen.length === 0 ? {} : { betrokkenen }),
    });
  }

  /** Policy is reference data a step is judged by: read from its stream itself, never from a read model that may lag. */
  private readonly naslag: Naslag = {
    beleidOp: async (gemeente, datum) => {
      const events = (await this.store.readStream(beleidStreamId(gemeente))).map(toDomainEvent<BeleidEvent>);
      const uitkomst = beleidOp(events, datum);
      return uitkomst.status === 'van-kracht' ? uitkomst.beleid : undefined;
    },
    verzegel: (onderwerp, gegevens) => this.vault.seal(onderwerp, gegevens),
  };
}
