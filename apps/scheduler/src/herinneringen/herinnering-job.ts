/*
 * The queue only delivers: one delayed BullMQ job per reminder of a running term. Its id is
 * derived from the term and the policy's reminder (no ':', BullMQ refuses it), so planning the
 * same reminder twice adds nothing; a term that moves gets its job replaced (new moment, new
 * herinneringId), and a fired reminder is known from the case stream, not from the queue.
 */

export const HERINNERINGEN_QUEUE = 'herinneringen';
export const HERINNERING_JOB = 'herinnering';

export interface HerinneringJobData {
  readonly herinneringId: string;
  readonly deadlineId: string;
  readonly streamId: string;
  readonly zaakId: string;
  readonly context: string;
  readonly gemeente: string;
  readonly termijnsoort: string;
  readonly herinneringSoort: string;
  readonly termijnEinde: string;
  /** The instant it fires (ISO 8601, UTC). */
  readonly moment: string;
  readonly medewerker?: string;
}

export function herinneringJobId(deadlineId: string, herinneringSoort: string): string {
  return `${deadlineId}.${herinneringSoort}`.replace(/:/g, '_');
}

/** What the worker did with a reminder; the job's return value, shown in /admin/queues. */
export type HerinneringUitkomst =
  | { readonly uitkomst: 'verstuurd'; readonly herinneringId: string; readonly kanalen: readonly string[]; readonly teLaatMs: number }
  | { readonly uitkomst: 'al-verstuurd'; readonly herinneringId: string }
  | { readonly uitkomst: 'vervallen'; readonly herinneringId: string; readonly reden: string };
