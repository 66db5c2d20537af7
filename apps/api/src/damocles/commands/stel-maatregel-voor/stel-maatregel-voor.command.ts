import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';

export class StelMaatregelVoorCommand {
  constructor(
    readonly zaakId: string,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
  ) {}
}
