import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { magGemeente } from '@handhaving/auth';
import { pandKoppelingDecider, pandKoppelingStreamId } from '@handhaving/domain-panden';
import { ClockToken, vandaag, type Clock } from '../../../platform/clock/clock';
import { CommandPipeline, type CommandOutcome } from '../../../platform/commands/command-pipeline';
import { Forbidden } from '../../../platform/problem-details/api-errors';
import { KoppelAdresAanPandCommand } from './koppel-adres-aan-pand.command';

@CommandHandler(KoppelAdresAanPandCommand)
export class KoppelAdresAanPandHandler implements ICommandHandler<KoppelAdresAanPandCommand, CommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {}

  execute({ adresseerbaarObjectId, request, principal, headers }: KoppelAdresAanPandCommand): Promise<CommandOutcome> {
    if (!magGemeente(principal, request.gemeente)) throw new Forbidden(`U werkt niet voor gemeente ${request.gemeente}`);
    const { gemeente, postcode, huisnummer, huisletter, huisnummertoevoeging } = request;
    const adres = { postcode, huisnummer, huisletter, huisnummertoevoeging };
    return this.pipeline.execute(pandKoppelingDecider, {
      streamId: pandKoppelingStreamId(adres),
      command: { type: 'KoppelAdresAanPand', adres, adresseerbaarObjectId, gemeente, datum: vandaag(this.clock), door: principal.userId },
      gemeente,
      principal,
      ...headers,
      streamMustExist: false,
    });
  }
}
