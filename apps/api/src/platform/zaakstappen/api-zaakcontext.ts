import type { Type } from '@nestjs/common';
import type { Rol } from '@handhaving/auth';
import type { Zaakcontext } from '@handhaving/domain-shared';
import type { EncryptedPersonalData, PersonalData, SubjectId } from '@handhaving/personal-data';
import type { Beleid } from '@handhaving/policy';
import type { BetrokkeneVerwijzing } from '../commands/betrokkene-verwijzing';
import type { Zaakstap } from './voer-zaakstap-uit.command';

/*
 * A context as the API registers it: its domain definition and its steps, each a route with its
 * request DTO and the command it becomes. The step routes, their OpenAPI operations and the one
 * handler behind them are built from it (zaakstappen.http.controller.ts); adding a context to the
 * API is one such definition and its module.
 */

/** What a step may look up before the decider judges it: the decider reads nothing itself. */
export interface Naslag {
  /** The policy of the gemeente in force on `datum`; undefined when none was. */
  beleidOp(gemeente: string, datum: string): Promise<Beleid | undefined>;
  /**
   * Seals confidential content with the key of `onderwerp` (the vault that seals a betrokkene's
   * personal data; a Bibob toets has a key of its own), so the command and its events hold only
   * ciphertext.
   */
  verzegel(onderwerp: SubjectId, gegevens: PersonalData): Promise<EncryptedPersonalData>;
}

/**
 * Completes a step with what the case and the policy say (e.g. the gemeente's choice of an
 * adviescommissie on a bezwaar), after the pipeline checked the caller may act on the case.
 * `state` is the context's state of the case.
 */
export type StapAanvulling = (stap: Zaakstap, state: unknown, naslag: Naslag) => Promise<Zaakstap>;

export interface Stapdefinitie {
  /** The route under `/api/{context}/zaken/{zaakId}/`, e.g. `voornemen`. */
  readonly pad: string;
  /** The decider's command type, e.g. `VerzendVoornemen`. */
  readonly opdracht: string;
  /** The request body's class: class-validator checks its shape (unknown fields refused). */
  readonly request: Type<object>;
  /** The OpenAPI summary, in the medewerker's words. */
  readonly samenvatting: string;
  readonly beschrijving?: string;
  readonly aanvullen?: StapAanvulling;
  /**
   * The betrokkenen the step's body names, with their fields (a visited address's overtreder, a
   * corrected list of betrokkenen): each must be registered in the case's gemeente and not erased.
   * Betrokkenen the decider finds among the case's own (a bezwaar's `van`) need none.
   */
  readonly betrokkenen?: (body: Readonly<Record<string, unknown>>) => readonly BetrokkeneVerwijzing[];
}

export interface ApiZaakcontext {
  readonly context: Zaakcontext;
  /** The OpenAPI tag. */
  readonly tag: string;
  /** Who may take the steps (within the gemeenten of the token). */
  readonly rollen: readonly Rol[];
  readonly stappen: readonly Stapdefinitie[];
  /**
   * How the route's `{zaakId}` names a case: its uuid, and for a context whose cases are named after
   * what they are about (a pand in the register) also that, so an import file can address a case
   * it did not get the id of. Absent: the uuid only.
   */
  readonly zaakIdUit?: (param: string) => string;
}
