import type { Principal } from '@handhaving/auth';
import type { DamoclesCommand } from '@handhaving/domain-damocles';
import type { CommandHeaders } from '../../../platform/commands/command-http';

/** The part of a step the caller gives; the case and the user the handler adds, and the day when the caller gives none. */
export type Zaakstap = DamoclesCommand extends infer C ? (C extends DamoclesCommand ? Omit<C, 'zaakId' | 'datum' | 'door'> & { readonly datum?: string } : never) : never;

/** A step on an existing Damocles case, from any of the case's command endpoints. */
export class VoerZaakstapUitCommand {
  constructor(
    readonly zaakId: string,
    readonly stap: Zaakstap,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
  ) {}
}
