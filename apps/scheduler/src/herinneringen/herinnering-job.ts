import { herinneringId } from '@handhaving/domain-shared';

/*
 * The queue only delivers: one delayed BullMQ job per reminder of a running term. Its id is
 * derived from the term and the policy's reminder (no ':', BullMQ refuses it), so planning the
 * same reminder twice adds nothing; a term that moves gets its job replaced (new moment, new
 * herinneringId), and a fired reminder is known from the case stream, not from the queue.
 */

export const HERINNERINGEN_QUEUE = 'herinneringen';
export const HERINNERING_JOB = 'herinnering';

/**
 * What a job carries: only what names the reminder and when it fires. Everything else (the
 * case, the gemeente, the medewerker) is read from the term when it fires, so a job is small
 * (300,000 of them are planned in one reconcile) and never tells an outdated story.
 */
export interface HerinneringJobData {
  readonly deadlineId: string;
  readonly herinneringSoort: string;
  readonly termijnEinde: string;
  /** The instant it fires (ISO 8601, UTC). */
  readonly moment: string;
}

export function herinneringIdVan(data: HerinneringJobData): string {
  return herinneringId(data.deadlineId, data.herinneringSoort, data.termijnEinde);
}

export function herinneringJobId(deadlineId: string, herinneringSoort: string): string {
  return `${deadlineId}.${herinneringSoort}`.replace(/:/g, '_');
}

/** What the worker did with a reminder; the job's return value, shown in /admin/queues. */
export type HerinneringUitkomst =
  | { readonly uitkomst: 'verstuurd'; readonly herinneringId: string; readonly kanalen: readonly string[]; readonly teLaatMs: number }
  /** `ookAfgeleverd`: delivered once more before the store said it was recorded (same idempotency key). */
  | { readonly uitkomst: 'al-verstuurd'; readonly herinneringId: string; readonly ookAfgeleverd?: boolean }
  | { readonly uitkomst: 'vervallen'; readonly herinneringId: string; readonly reden: string }
  /**
   * Taken before its moment (promoted on the board, or a retry of a reminder not yet due): not
   * delivered; the job waits again `wachtMs` until its moment, so it never ends with this outcome.
   */
  | { readonly uitkomst: 'te-vroeg'; readonly herinneringId: string; readonly moment: string; readonly wachtMs: number };
