import type { Principal } from '@handhaving/auth';
import type { Zaakcontext } from '@handhaving/domain-shared';
import { nameBasedUuid } from '@handhaving/event-store';
import { randomUUID } from 'node:crypto';
import type { BetrokkeneVerwijzing } from '../commands/betrokkene-verwijzing';
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

export interface OpenZaakOpties {
  /** The betrokkenen the first step names (`overtrederId`, `betrokkenen.eigenaarId`, …): each of the case's gemeente, not erased. */
  readonly betrokkenen?: readonly BetrokkeneVerwijzing[];
  /**
   * The id follows from what the case is about (a pand's place in the register), not from the
   * caller's choice: a taken id is then the context's own refusal (`kamerverhuur/pand-al-in-register`).
   * Otherwise a taken id is the 409 `zaak-id/in-gebruik`, alike in every gemeente.
   */
  readonly idVanOnderwerp?: boolean;
}

export class OpenZaakCommand {
  constructor(
    readonly context: Zaakcontext,
    readonly zaakId: string,
    readonly stap: Openingsstap,
    readonly gemeente: string,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
    readonly opties: OpenZaakOpties = {},
  ) {}
}
