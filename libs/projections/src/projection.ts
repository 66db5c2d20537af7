import type { EventFilter, RecordedEvent } from '@handhaving/event-store';
import type { ChainableCommander, Redis } from 'ioredis';
import { InvalidProjectionNameError } from './projection-errors';

/**
 * What a projection's handler gets for one batch. Reads go through `redis` and see the read model
 * as committed before this batch; every write goes into `multi`, which the processor executes
 * together with the new checkpoint in one MULTI/EXEC. Reading first and writing through the
 * MULTI is safe because exactly one processor runs per projection (the processor fences out a
 * second one on the checkpoint, see `ProjectionProcessor`). Writes queued for an earlier event
 * of the same batch are not visible to reads: keep such state in the handler for the batch.
 */
export interface ProjectionContext {
  readonly projectionName: string;
  /** For reads only: a write here would not be atomic with the checkpoint. */
  readonly redis: Redis;
  /** Every write of the batch. */
  readonly multi: ChainableCommander;
  /** `{keyPrefix}{projectionName}:{parts joined by ':'}`: the read model's own namespace. */
  key(...parts: ReadonlyArray<string | number>): string;
}

export interface Projection {
  /** `{context}.{readModel}.v{n}`; bumping `n` is a new read model, built from the start. */
  readonly name: string;
  /** Only these events reach the handler (event types and/or stream prefixes). */
  readonly filter?: EventFilter;
  /** Applies a batch of events (in global order, never empty). Throwing stops the processor. */
  handle(events: readonly RecordedEvent[], context: ProjectionContext): void | Promise<void>;
}

export interface ProjectionName {
  readonly context: string;
  readonly readModel: string;
  readonly version: number;
}

const namePattern = /^([a-z][a-z0-9-]*)\.([a-z][a-zA-Z0-9-]*)\.v([1-9][0-9]*)$/;

export function parseProjectionName(name: string): ProjectionName {
  const match = namePattern.exec(name);
  if (!match) throw new InvalidProjectionNameError(name);
  return { context: match[1], readModel: match[2], version: Number(match[3]) };
}

export function assertValidProjectionName(name: string): void {
  parseProjectionName(name);
}

/** Checks the name when the projection is defined, not when its processor first starts. */
export function defineProjection<P extends Projection>(projection: P): P {
  assertValidProjectionName(projection.name);
  return projection;
}
