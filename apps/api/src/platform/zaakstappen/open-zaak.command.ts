import type { Principal } from '@handhaving/auth';
import type { Zaakcontext } from '@handhaving/domain-shared';
import type { CommandHeaders } from '../commands/command-http';

/** The first step of a case in a registered context: the command as the request gave it, before the API adds who, when and which case. */
export interface Openingsstap {
  readonly type: string;
  readonly datum?: string;
  readonly [veld: string]: unknown;
}

export class OpenZaakCommand {
  constructor(
    readonly context: Zaakcontext,
    readonly zaakId: string,
    readonly stap: Openingsstap,
    readonly gemeente: string,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
  ) {}
}
