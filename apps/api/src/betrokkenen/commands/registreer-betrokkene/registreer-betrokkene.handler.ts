import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { magGemeente } from '@handhaving/auth';
import { betrokkeneDecider, betrokkeneStreamId } from '@handhaving/domain-betrokkenen';
import { nameBasedUuid } from '@handhaving/event-store';
import { newSubjectId, PersonalDataVault, toSubjectId } from '@handhaving/personal-data';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { Forbidden } from '../../../platform/problem-details/api-errors';
import { RegistreerBetrokkeneCommand } from './registreer-betrokkene.command';

export interface BetrokkeneGeregistreerdOutcome extends CommandOutcome {
  readonly betrokkeneId: string;
}

@CommandHandler(RegistreerBetrokkeneCommand)
export class RegistreerBetrokkeneHandler implements ICommandHandler<RegistreerBetrokkeneCommand, BetrokkeneGeregistreerdOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly vault: PersonalDataVault,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  async execute({ request, principal, headers, idempotent }: RegistreerBetrokkeneCommand): Promise<BetrokkeneGeregistreerdOutcome> {
    if (!magGemeente(principal, request.gemeente)) {
      throw new Forbidden(`U werkt niet voor gemeente ${request.gemeente}`);
    }
    const betrokkeneId = idempotent ? toSubjectId(nameBasedUuid('betrokkene', principal.userId, headers.commandId)) : newSubjectId();
    const { gemeente, soort, ...persoonsgegevens } = request;
    const outcome = await this.pipeline.execute(betrokkeneDecider, {
      streamId: betrokkeneStreamId(betrokkeneId),
      // Sealed only when the command is new: a retry of a registration whose person was erased
      // meanwhile (the key destroyed) gets the first answer, not a refusal to seal.
      command: async () => ({ type: 'RegistreerBetrokkene' as const, betrokkeneId, gemeente, soort, gegevens: await this.vault.seal(betrokkeneId, { ...persoonsgegevens }), datum: vandaag(this.clock) }),
      gemeente,
      principal,
      ...headers,
      streamMustExist: false,
    });
    return { ...outcome, betrokkeneId };
  }
}
