import type { FieldProblem } from './problem';

/** Errors the platform raises; the problem-details filter turns each into its status code. */
export class InvalidInput extends Error {
  override readonly name = 'InvalidInput';

  constructor(readonly errors: readonly FieldProblem[]) {
    super(errors.map((error) => `${error.field}: ${error.detail}`).join('; '));
  }
}

export class NotFound extends Error {
  override readonly name = 'NotFound';
}

export class Unauthenticated extends Error {
  override readonly name = 'Unauthenticated';
}

export class Forbidden extends Error {
  override readonly name = 'Forbidden';
}

/**
 * The id a caller chose for a new case (or resource) is taken, in their own gemeente or in another:
 * both answer alike (409, no revision, no gemeente), so the answer is no oracle for other gemeenten' ids.
 */
export class IdInGebruik extends Error {
  override readonly name = 'IdInGebruik';

  constructor(readonly field: string) {
    super(`${field} is al in gebruik; kies een nieuw id`);
  }
}

/** A caller over one of its rate limits (429); `Retry-After` says when to try again. */
export class TeVeelVerzoeken extends Error {
  override readonly name = 'TeVeelVerzoeken';

  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(detail);
  }
}

/** `If-Match` named a revision the case is no longer at. */
export class PreconditionFailed extends Error {
  override readonly name = 'PreconditionFailed';

  constructor(
    readonly expected: number,
    readonly actual: number | 'no-stream',
  ) {
    super(`De zaak is inmiddels gewijzigd: u werkte met versie ${expected}, de huidige versie is ${String(actual)}. Haal de zaak opnieuw op.`);
  }
}

/**
 * A body Express's body parser could not read: its Content-Encoding or charset is unknown (415),
 * it is larger than the limit once inflated (413), or it does not inflate or parse (400).
 * `reason` is the parser's error type (`entity.too.large`, `charset.unsupported`, …) when it gave one.
 */
export class UnreadableBody extends Error {
  override readonly name = 'UnreadableBody';

  constructor(
    readonly status: 400 | 413 | 415,
    readonly reason: string | undefined,
    message: string,
  ) {
    super(message);
  }
}
