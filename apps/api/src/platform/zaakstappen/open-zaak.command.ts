import type { Principal } from '@handhaving/auth';
import type { Zaakcontext } from '@handhaving/domain-shared';
import { nameBasedUuid } from '@handhaving/event-store';
import { randomUUID } from 'node:crypto';
import type { CommandHeaders } from '../commands/command-http';

/**
 * The id of a new case the caller did not choose: with an Idempotency-Key named after it (and the
 * caller), so a retry lands on the same case; without one a fresh uuid.
 */
export function nieuweZaakId(context: string, principal: Principal, headers: CommandHeaders, idempotent: boolean): string {
  return idempotent ? nameBasedUuid(context, principal.userId, headers.commandId) : randomUUID();
}

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
