import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';
import type { StartToetsRequest } from '../bibobstap.requests.dto';

export class StartToetsCommand {
  constructor(
    readonly request: StartToetsRequest,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
    /** True when the caller sent an Idempotency-Key: a retry then lands on the same toets. */
    readonly idempotent: boolean,
  ) {}
}
