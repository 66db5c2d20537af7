import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';
import type { TrekBeleidVersieInRequest } from './trek-beleid-versie-in.request.dto';

export class TrekBeleidVersieInCommand {
  constructor(
    readonly gemeente: string,
    readonly ingangsdatum: string,
    readonly request: TrekBeleidVersieInRequest,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
  ) {}
}
