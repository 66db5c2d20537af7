import type { Principal } from '@handhaving/auth';
import type { CommandHeaders } from '../../../platform/commands/command-http';

export class StelMaatregelVoorCommand {
  constructor(
    readonly zaakId: string,
    /** The day of the proposal; today when absent. */
    readonly datum: string | undefined,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
  ) {}
}
