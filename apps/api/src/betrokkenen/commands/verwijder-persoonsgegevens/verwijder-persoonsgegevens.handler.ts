import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { betrokkeneDecider, betrokkeneStreamId } from '@handhaving/domain-betrokkenen';
import { isSubjectId, PersonalDataVault } from '@handhaving/personal-data';
import { AuditLog } from '../../../platform/audit/audit-log';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { NotFound } from '../../../platform/problem-details/api-errors';
import { VerwijderPersoonsgegevensCommand } from './verwijder-persoonsgegevens.command';
import { BetrokkeneGemeente } from '../../queries/betrokkene-gemeente';

/**
 * Crypto-shredding: the betrokkene's key is destroyed, then the fact is recorded. The events
 * stay (and every figure built on them); the person reads as "verwijderd" from then on.
 */
@CommandHandler(VerwijderPersoonsgegevensCommand)
export class VerwijderPersoonsgegevensHandler implements ICommandHandler<VerwijderPersoonsgegevensCommand, CommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly vault: PersonalDataVault,
    private readonly gemeenteOf: BetrokkeneGemeente,
    private readonly audit: AuditLog,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  async execute({ betrokkeneId, request, principal, headers }: VerwijderPersoonsgegevensCommand): Promise<CommandOutcome> {
    if (!isSubjectId(betrokkeneId)) throw new NotFound(`Betrokkene ${betrokkeneId} bestaat niet`);
    const gemeente = await this.gemeenteOf.find(betrokkeneId, principal);
    const outcome = await this.pipeline.execute(betrokkeneDecider, {
      streamId: betrokkeneStreamId(betrokkeneId),
      command: { type: 'VerwijderPersoonsgegevens', betrokkeneId, reden: request.reden, toelichting: request.toelichting, datum: vandaag(this.clock) },
      gemeente,
      principal,
      ...headers,
      streamMustExist: true,
      beforeAppend: async () => void (await this.vault.erase(betrokkeneId, request.reden)),
    });
    if (!outcome.alreadyProcessed) this.audit.persoonsgegevensVerwijderd(principal, `betrokkene/${betrokkeneId}`, request.reden);
    return outcome;
  }
}
