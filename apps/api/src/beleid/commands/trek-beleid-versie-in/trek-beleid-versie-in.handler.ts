import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { beleidDecider, beleidStreamId } from '@handhaving/policy';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { TrekBeleidVersieInCommand } from './trek-beleid-versie-in.command';

@CommandHandler(TrekBeleidVersieInCommand)
export class TrekBeleidVersieInHandler implements ICommandHandler<TrekBeleidVersieInCommand, CommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  execute({ gemeente, ingangsdatum, request, principal, headers }: TrekBeleidVersieInCommand): Promise<CommandOutcome> {
    return this.pipeline.execute(beleidDecider, {
      streamId: beleidStreamId(gemeente),
      command: { type: 'TrekBeleidVersieIn', gemeente, ingangsdatum, reden: request.reden, datum: vandaag(this.clock), door: principal.userId },
      gemeente,
      principal,
      ...headers,
      streamMustExist: true,
    });
  }
}
