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
