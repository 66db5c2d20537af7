/*
 * A reminder of a legal term was sent (docs/termijnen.md "Reminders"). Recorded on the case's own
 * stream by the scheduler, once per reminder (the append's commandId is derived from
 * `herinneringId`), so the case itself says which reminders went out: after Redis is wiped, a
 * reminder found here is never sent again. Every context's decider ignores it; it changes no
 * state of the case.
 */

export const HERINNERING_VERSTUURD = 'HerinneringVerstuurd';
export const HERINNERING_VERSTUURD_SCHEMAVERSIE = 1;

export interface HerinneringVerstuurd {
  readonly type: 'HerinneringVerstuurd';
  /** `{deadlineId}.{herinneringSoort}.{termijnEinde}`: one reminder of one end of one term. */
  readonly herinneringId: string;
  /** The term, as in the deadlines read model: `{streamId}.{termijnsoort}`. */
  readonly deadlineId: string;
  readonly zaakId: string;
  /** bezwaartermijn, zienswijzetermijn, …: the kind of term. */
  readonly termijnsoort: string;
  /** Which of the policy's reminders, e.g. `voor-einde-5wd-0800`, `op-einddag-0800`, `na-einde-1wd-0800`. */
  readonly herinneringSoort: string;
  /** The last day of the term the reminder was for (YYYY-MM-DD). */
  readonly termijnEinde: string;
  /** The instant it was planned for (ISO 8601, UTC): a local time on a werkdag in Europe/Amsterdam. */
  readonly gepland: string;
  /** The instant it went out (ISO 8601, UTC); later than `gepland` when it was late. */
  readonly verstuurdOp: string;
  /** The Amsterdam date it went out (YYYY-MM-DD): the domain date of this fact. */
  readonly datum: string;
  /** The channels that accepted it, e.g. `['e-mail', 'webhook']`. */
  readonly kanalen: readonly string[];
  /** Who it was addressed to: the medewerker of the term, when known. */
  readonly aan?: string;
}

/** One reminder of one end of a term; a moved term gets new ids, so its reminders go out again. */
export function herinneringId(deadlineId: string, herinneringSoort: string, termijnEinde: string): string {
  return `${deadlineId}.${herinneringSoort}.${termijnEinde}`;
}

/** The commandId of the append that records the reminder: the same reminder is recorded once. */
export function herinneringCommandId(id: string): string {
  return `herinnering-${id}`;
}
