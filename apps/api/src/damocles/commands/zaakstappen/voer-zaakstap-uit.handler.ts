import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { damoclesDecider, damoclesStreamId, type DamoclesCommand } from '@handhaving/domain-damocles';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { NotFound } from '../../../platform/problem-details/api-errors';
import { VoerZaakstapUitCommand } from './voer-zaakstap-uit.command';

/** Every step on an existing case goes the same way: the decider judges it against the case so far. */
@CommandHandler(VoerZaakstapUitCommand)
export class VoerZaakstapUitHandler implements ICommandHandler<VoerZaakstapUitCommand, CommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  execute({ zaakId, stap, principal, headers }: VoerZaakstapUitCommand): Promise<CommandOutcome> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(zaakId)) throw new NotFound(`Zaak ${zaakId} bestaat niet`);
    const command = { ...stap, zaakId, datum: stap.datum ?? vandaag(this.clock), door: principal.userId, vandaag: vandaag(this.clock) } as DamoclesCommand;
    return this.pipeline.execute(damoclesDecider, {
      streamId: damoclesStreamId(zaakId),
      command,
      principal,
      ...headers,
      streamMustExist: true,
    });
  }
}
