import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';
import type { RegistreerBetrokkeneRequest } from './registreer-betrokkene.request.dto';

export class RegistreerBetrokkeneCommand {
  constructor(
    readonly request: RegistreerBetrokkeneRequest,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
    /** True when the caller sent an Idempotency-Key: a retry then lands on the same betrokkene. */
    readonly idempotent: boolean,
  ) {}
}
