import type { Principal } from '@handhaving/auth';
import type { Zaakcontext } from '@handhaving/domain-shared';
import type { BetrokkeneVerwijzing } from '../commands/betrokkene-verwijzing';
import type { CommandHeaders } from '../commands/command-http';
import type { StapAanvulling } from './api-zaakcontext';

/** The part of a step the caller gives: its command type and body; the case, the user and the day the handler adds. */
export interface Zaakstap {
  readonly type: string;
  readonly datum?: string;
  readonly [veld: string]: unknown;
}

/** A step on an existing case of any registered context, from one of its step endpoints. */
export class VoerZaakstapUitCommand {
  constructor(
    readonly context: Zaakcontext,
    readonly zaakId: string,
    readonly stap: Zaakstap,
    readonly principal: Principal,
    readonly headers: CommandHeaders,
    /** What the step looks up before the decider judges it (its Stapdefinitie's `aanvullen`). */
    readonly aanvullen?: StapAanvulling,
    /** The betrokkenen the step names (its Stapdefinitie's `betrokkenen`): of the case's gemeente. */
    readonly betrokkenen?: readonly BetrokkeneVerwijzing[],
  ) {}
}
