import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';
import type { StelBeleidVastRequest } from './stel-beleid-vast.request.dto';

export class StelBeleidVastCommand {
  constructor(
    readonly gemeente: string,
    readonly request: StelBeleidVastRequest,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
  ) {}
}
