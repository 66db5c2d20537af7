import { WrongExpectedRevision } from './errors';
import type { StreamRevision } from './recorded-event';

/**
 * What the writer believes about the stream before appending:
 * - `no-stream`: the stream must not exist yet (a new case),
 * - `stream-exists`: it must exist, at any revision,
 * - `any`: no check,
 * - a number: the stream's last event must have exactly this revision (no lost update).
 */
export type ExpectedRevision = 'no-stream' | 'stream-exists' | 'any' | StreamRevision;

/** The stream's last revision, or `no-stream` when it has no events. */
export type CurrentRevision = StreamRevision | 'no-stream';

export function isExpectedRevisionMet(expected: ExpectedRevision, current: CurrentRevision): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return current === 'no-stream';
    case 'stream-exists':
      return current !== 'no-stream';
    default:
      return current === expected;
  }
}

export function assertExpectedRevision(streamId: string, expected: ExpectedRevision, current: CurrentRevision): void {
  if (!isExpectedRevisionMet(expected, current)) throw new WrongExpectedRevision(streamId, expected, current);
}
