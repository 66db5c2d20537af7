import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ClockToken, vandaag, type Clock } from '../clock/clock';
import { CommandPipeline, type CommandOutcome } from '../commands/command-pipeline';
import { NotFound } from '../problem-details/api-errors';
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
  ) {}

  execute({ context, zaakId, stap, principal, headers }: VoerZaakstapUitCommand): Promise<CommandOutcome> {
    if (!UUID.test(zaakId)) throw new NotFound(`Zaak ${zaakId} bestaat niet`);
    const vandaagHier = vandaag(this.clock);
    const command = { ...stap, zaakId, datum: stap.datum ?? vandaagHier, door: principal.userId, vandaag: vandaagHier };
    return this.pipeline.execute(context.decider, { streamId: context.streamId(zaakId), command, principal, ...headers, streamMustExist: true });
  }
}
