import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { magGemeente } from '@handhaving/auth';
import { damoclesDecider, damoclesStreamId } from '@handhaving/domain-damocles';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { verwijzingenNaar } from '../../../platform/commands/betrokkene-verwijzing';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { Forbidden } from '../../../platform/problem-details/api-errors';
import { RegistreerRapportageCommand } from './registreer-rapportage.command';
import { pandInvoer } from '../../../panden/pand.request.dto';
import { nieuweZaakId } from '../../../platform/zaakstappen/open-zaak.command';

export interface ZaakGeopendOutcome extends CommandOutcome {
  readonly zaakId: string;
}

@CommandHandler(RegistreerRapportageCommand)
export class RegistreerRapportageHandler implements ICommandHandler<RegistreerRapportageCommand, ZaakGeopendOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  async execute({ request, principal, headers, idempotent }: RegistreerRapportageCommand): Promise<ZaakGeopendOutcome> {
    if (!magGemeente(principal, request.gemeente)) throw new Forbidden(`U werkt niet voor gemeente ${request.gemeente}`);
    const { pand, zaakId: gekozenZaakId, ...rapportage } = request;
    const zaakId = gekozenZaakId ?? nieuweZaakId('damocles', principal, headers, idempotent);
    const outcome = await this.pipeline.execute(damoclesDecider, {
      streamId: damoclesStreamId(zaakId),
      command: {
        type: 'RegistreerRapportage',
        zaakId,
        ...rapportage,
        pand: pandInvoer(pand),
        datum: rapportage.datum ?? vandaag(this.clock),
        door: principal.userId,
        vandaag: vandaag(this.clock),
      },
      gemeente: request.gemeente,
      principal,
      ...headers,
      streamMustExist: false,
      mustBeNew: true,
      betrokkenen: verwijzingenNaar('betrokkenen', request.betrokkenen),
    });
    return { ...outcome, zaakId };
  }
}
