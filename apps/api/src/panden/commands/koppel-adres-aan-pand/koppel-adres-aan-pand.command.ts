import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';
import type { KoppelAdresAanPandRequest } from './koppel-adres-aan-pand.request.dto';

export class KoppelAdresAanPandCommand {
  constructor(
    readonly adresseerbaarObjectId: string,
    readonly request: KoppelAdresAanPandRequest,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
  ) {}
}
