import type { CurrentRevision, ExpectedRevision } from './expected-revision';

/**
 * The stream was not at the revision the writer expected: someone else appended first, or the
 * stream does (not) exist. The append was refused and nothing was written.
 */
export class WrongExpectedRevision extends Error {
  override readonly name = 'WrongExpectedRevision';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: CurrentRevision,
  ) {
    super(`Stream ${streamId} is at revision ${String(actual)}, the append expected ${String(expected)}`);
  }
}

/** An append or read that the store refuses because its arguments are malformed. */
export class InvalidEventStoreRequest extends Error {
  override readonly name = 'InvalidEventStoreRequest';
}
