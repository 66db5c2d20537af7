import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { magGemeente } from '@handhaving/auth';
import { bibobDecider, bibobStreamId, type GevraagdeAanleiding } from '@handhaving/domain-bibob';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { verwijzing } from '../../../platform/commands/betrokkene-verwijzing';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { Forbidden } from '../../../platform/problem-details/api-errors';
import { StartToetsCommand } from './start-toets.command';
import { nieuweZaakId } from '../../../platform/zaakstappen/open-zaak.command';
import { pandInvoer } from '../../../panden/pand.request.dto';

export interface ToetsGestartOutcome extends CommandOutcome {
  readonly zaakId: string;
}

/** Step 1 of a toets: on an aanvraag or a signal. It carries no content, so nothing is sealed yet. */
@CommandHandler(StartToetsCommand)
export class StartToetsHandler implements ICommandHandler<StartToetsCommand, ToetsGestartOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  async execute({ request, principal, headers, idempotent }: StartToetsCommand): Promise<ToetsGestartOutcome> {
    if (!magGemeente(principal, request.gemeente)) throw new Forbidden(`U werkt niet voor gemeente ${request.gemeente}`);
    const { zaakId: gekozenZaakId, aanleiding, pand, ...toets } = request;
    const zaakId = gekozenZaakId?.toLowerCase() ?? nieuweZaakId('bibob', principal, headers, idempotent);
    const vandaagHier = vandaag(this.clock);
    const outcome = await this.pipeline.execute(bibobDecider, {
      streamId: bibobStreamId(zaakId),
      command: {
        type: 'StartToets',
        zaakId,
        ...toets,
        // The decider checks which fields belong to which soort; the edge only their shape.
        aanleiding: { ...aanleiding } as GevraagdeAanleiding,
        ...(pand === undefined ? {} : { pand: pandInvoer(pand) }),
        datum: toets.datum ?? vandaagHier,
        door: principal.userId,
        vandaag: vandaagHier,
      },
      gemeente: request.gemeente,
      principal,
      ...headers,
      streamMustExist: false,
      mustBeNew: true,
      betrokkenen: [...verwijzing('aanleiding.aanvragerId', aanleiding.aanvragerId), ...verwijzing('aanleiding.betrokkeneId', aanleiding.betrokkeneId)],
    });
    return { ...outcome, zaakId };
  }
}
