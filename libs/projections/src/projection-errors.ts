export class InvalidProjectionNameError extends Error {
  constructor(readonly projectionName: string) {
    super(
      `Invalid projection name "${projectionName}": expected {context}.{readModel}.v{n}, e.g. "damocles.deadlines.v1"`,
    );
    this.name = 'InvalidProjectionNameError';
  }
}

export class UnknownProjectionError extends Error {
  constructor(
    readonly projectionName: string,
    known: readonly string[],
  ) {
    super(`Unknown projection "${projectionName}"; known: ${known.join(', ') || '(none)'}`);
    this.name = 'UnknownProjectionError';
  }
}

/** The handler threw: the batch was not written and the checkpoint did not move. */
export class ProjectionHandlerError extends Error {
  constructor(
    readonly projectionName: string,
    cause: unknown,
    readonly firstPosition: bigint,
    readonly lastPosition: bigint,
  ) {
    super(
      `Projection ${projectionName} failed on the batch at positions ${firstPosition}..${lastPosition}: ${messageOf(cause)}`,
      { cause },
    );
    this.name = 'ProjectionHandlerError';
  }
}

/**
 * The checkpoint in Redis moved under this processor: another processor (or a rebuild) writes
 * the same projection. This processor stops rather than apply a batch twice.
 */
export class ProjectionConflictError extends Error {
  constructor(
    readonly projectionName: string,
    readonly expected: bigint,
    readonly found: bigint | null,
  ) {
    super(
      `Projection ${projectionName}: checkpoint is ${found ?? 'absent'} in Redis, this processor expected ${expected}; ` +
        'another processor or a rebuild is writing this projection, so this one stops',
    );
    this.name = 'ProjectionConflictError';
  }
}

/**
 * Redis refused a command inside EXEC (e.g. WRONGTYPE). Redis does not roll a transaction back,
 * so the other commands of the batch and the checkpoint were applied: the read model must be
 * rebuilt after the projection is fixed.
 */
export class ProjectionWriteError extends Error {
  constructor(
    readonly projectionName: string,
    redisMessage: string,
  ) {
    super(
      `Projection ${projectionName}: Redis refused a write of the batch (${redisMessage}); ` +
        'Redis does not roll back the rest of a transaction, so rebuild this projection once it is fixed',
    );
    this.name = 'ProjectionWriteError';
  }
}

export class InvalidCheckpointError extends Error {
  constructor(
    readonly projectionName: string,
    readonly value: string,
  ) {
    super(`Projection ${projectionName}: checkpoint in Redis is not a position: "${value}"`);
    this.name = 'InvalidCheckpointError';
  }
}

/** Failures of the projection itself, which a restart would only repeat. */
export function isProjectionFault(error: unknown): boolean {
  return (
    error instanceof ProjectionHandlerError ||
    error instanceof ProjectionWriteError ||
    error instanceof ProjectionConflictError ||
    error instanceof InvalidCheckpointError
  );
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
