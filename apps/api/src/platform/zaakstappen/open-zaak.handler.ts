import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { magGemeente } from '@handhaving/auth';
import { ClockToken, vandaag, type Clock } from '../clock/clock';
import { CommandPipeline, type CommandOutcome } from '../commands/command-pipeline';
import { Forbidden } from '../problem-details/api-errors';
import { OpenZaakCommand } from './open-zaak.command';

export interface ZaakGeopendOutcome extends CommandOutcome {
  readonly zaakId: string;
}

/**
 * Opens a case of a registered context: the step's date (today when the caller gives none), who
 * takes it and the day it is recorded are added, and the context's decider judges it on a stream
 * that must not exist yet. The caller chose the zaakId (a uuid, or one named after what the case
 * is about, such as a pand in the register). A chosen id that is taken answers alike in every
 * gemeente; the betrokkenen the step names must be the gemeente's own (see `CommandRequest`).
 */
@CommandHandler(OpenZaakCommand)
export class OpenZaakHandler implements ICommandHandler<OpenZaakCommand, ZaakGeopendOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  async execute({ context, zaakId, stap, gemeente, principal, headers, opties }: OpenZaakCommand): Promise<ZaakGeopendOutcome> {
    if (!magGemeente(principal, gemeente)) throw new Forbidden(`U werkt niet voor gemeente ${gemeente}`);
    const vandaagHier = vandaag(this.clock);
    const outcome = await this.pipeline.execute(context.decider, {
      streamId: context.streamId(zaakId),
      command: { ...stap, zaakId, gemeente, datum: stap.datum ?? vandaagHier, door: principal.userId, vandaag: vandaagHier },
      gemeente,
      principal,
      ...headers,
      streamMustExist: false,
      mustBeNew: opties.idVanOnderwerp !== true,
      ...(opties.betrokkenen === undefined ? {} : { betrokkenen: opties.betrokkenen }),
    });
    return { ...outcome, zaakId };
  }
}
