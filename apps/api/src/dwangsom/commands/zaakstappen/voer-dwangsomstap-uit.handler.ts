import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { dwangsomDecider, dwangsomStreamId, type DwangsomCommand } from '@handhaving/domain-dwangsom';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { NotFound } from '../../../platform/problem-details/api-errors';
import { VoerDwangsomstapUitCommand } from './voer-dwangsomstap-uit.command';

/** Every step on an existing case goes the same way: the decider judges it against the case so far. */
@CommandHandler(VoerDwangsomstapUitCommand)
export class VoerDwangsomstapUitHandler implements ICommandHandler<VoerDwangsomstapUitCommand, CommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  execute({ zaakId, stap, principal, headers }: VoerDwangsomstapUitCommand): Promise<CommandOutcome> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(zaakId)) throw new NotFound(`Zaak ${zaakId} bestaat niet`);
    const command = { ...stap, zaakId, datum: stap.datum ?? vandaag(this.clock), door: principal.userId, vandaag: vandaag(this.clock) } as DwangsomCommand;
    return this.pipeline.execute(dwangsomDecider, {
      streamId: dwangsomStreamId(zaakId),
      command,
      principal,
      ...headers,
      streamMustExist: true,
    });
  }
}
