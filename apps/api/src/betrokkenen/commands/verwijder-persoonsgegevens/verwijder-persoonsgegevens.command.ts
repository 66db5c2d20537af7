import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';
import type { VerwijderPersoonsgegevensRequest } from './verwijder-persoonsgegevens.request.dto';

export class VerwijderPersoonsgegevensCommand {
  constructor(
    readonly betrokkeneId: string,
    readonly request: VerwijderPersoonsgegevensRequest,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
  ) {}
}
