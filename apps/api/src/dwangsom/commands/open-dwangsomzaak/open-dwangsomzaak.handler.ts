import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { magGemeente } from '@handhaving/auth';
import { dwangsomDecider, dwangsomStreamId } from '@handhaving/domain-dwangsom';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { verwijzing } from '../../../platform/commands/betrokkene-verwijzing';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { Forbidden } from '../../../platform/problem-details/api-errors';
import { OpenDwangsomzaakCommand } from './open-dwangsomzaak.command';
import { nieuweZaakId } from '../../../platform/zaakstappen/open-zaak.command';

export interface DwangsomzaakGeopendOutcome extends CommandOutcome {
  readonly zaakId: string;
}

@CommandHandler(OpenDwangsomzaakCommand)
export class OpenDwangsomzaakHandler implements ICommandHandler<OpenDwangsomzaakCommand, DwangsomzaakGeopendOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  async execute({ request, principal, headers, idempotent }: OpenDwangsomzaakCommand): Promise<DwangsomzaakGeopendOutcome> {
    if (!magGemeente(principal, request.gemeente)) throw new Forbidden(`U werkt niet voor gemeente ${request.gemeente}`);
    const { zaakId: gekozenZaakId, grondslag, herkomst, ...zaak } = request;
    const zaakId = gekozenZaakId ?? nieuweZaakId('dwangsom', principal, headers, idempotent);
    const outcome = await this.pipeline.execute(dwangsomDecider, {
      streamId: dwangsomStreamId(zaakId),
      command: {
        type: 'OpenDwangsomzaak',
        zaakId,
        ...zaak,
        grondslag: { soort: grondslag.soort, ...(grondslag.artikel === undefined ? {} : { artikel: grondslag.artikel }) },
        ...(herkomst === undefined ? {} : { herkomst: { context: herkomst.context, zaakId: herkomst.zaakId } }),
        datum: zaak.datum ?? vandaag(this.clock),
        door: principal.userId,
        vandaag: vandaag(this.clock),
      },
      gemeente: request.gemeente,
      principal,
      ...headers,
      streamMustExist: false,
      mustBeNew: true,
      betrokkenen: verwijzing('overtrederId', request.overtrederId),
    });
    return { ...outcome, zaakId };
  }
}
