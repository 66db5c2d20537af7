import type { Principal } from '@handhaving/auth';
import type { DwangsomCommand } from '@handhaving/domain-dwangsom';
import type { CommandHeaders } from '../../../platform/commands/command-http';

/** The part of a step the caller gives; the case and the user the handler adds, and the day when the caller gives none. */
export type Dwangsomstap = DwangsomCommand extends infer C ? (C extends DwangsomCommand ? Omit<C, 'zaakId' | 'datum' | 'door'> & { readonly datum?: string } : never) : never;

/** A step on an existing dwangsom case, from any of the case's command endpoints. */
export class VoerDwangsomstapUitCommand {
  constructor(
    readonly zaakId: string,
    readonly stap: Dwangsomstap,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
  ) {}
}
