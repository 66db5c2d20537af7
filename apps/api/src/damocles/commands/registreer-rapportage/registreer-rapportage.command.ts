import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';
import type { RegistreerRapportageRequest } from './registreer-rapportage.request.dto';

export class RegistreerRapportageCommand {
  constructor(
    readonly request: RegistreerRapportageRequest,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
    /** True when the caller sent an Idempotency-Key: a retry then lands on the same case. */
    readonly idempotent: boolean,
  ) {}
}
