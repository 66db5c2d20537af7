import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { beleidDecider, beleidStreamId } from '@handhaving/policy';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { StelBeleidVastCommand } from './stel-beleid-vast.command';

@CommandHandler(StelBeleidVastCommand)
export class StelBeleidVastHandler implements ICommandHandler<StelBeleidVastCommand, CommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  execute({ gemeente, request, principal, headers }: StelBeleidVastCommand): Promise<CommandOutcome> {
    return this.pipeline.execute(beleidDecider, {
      streamId: beleidStreamId(gemeente),
      command: { type: 'StelBeleidVast', gemeente, ...request, datum: vandaag(this.clock), door: principal.userId },
      gemeente,
      principal,
      ...headers,
      streamMustExist: false,
    });
  }
}
