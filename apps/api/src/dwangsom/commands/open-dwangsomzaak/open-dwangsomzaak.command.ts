import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';
import type { OpenDwangsomzaakRequest } from './open-dwangsomzaak.request.dto';

export class OpenDwangsomzaakCommand {
  constructor(
    readonly request: OpenDwangsomzaakRequest,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
    /** True when the caller sent an Idempotency-Key: a retry then lands on the same case. */
    readonly idempotent: boolean,
  ) {}
}
