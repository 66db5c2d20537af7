/** The 0-based number of an event within its stream, as in EventStoreDB. */
export type StreamRevision = number;

/**
 * The place of an event in the global log. Strictly increasing in the order subscribers see
 * events. A bigint because EventStoreDB positions are 64-bit pairs (see its adapter).
 */
export type GlobalPosition = bigint;

/** Who asked for the events and why; the same for every event of one append (one command). */
export interface EventMetadata {
  readonly commandId?: string;
  /**
   * What the command id stood for when a caller chose it (an `Idempotency-Key`): a hash of the
   * request, so the same id for another request is recognised. Stored and read back like the rest.
   */
  readonly commandFingerprint?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly userId?: string;
  /** CBS gemeentecode of the municipality the events belong to, e.g. `GM0928`. */
  readonly gemeente?: string;
}

export interface RecordedMetadata extends EventMetadata {
  /** The instant the store appended the event (ISO 8601, UTC). Not a domain date. */
  readonly recordedAt: string;
}

export interface NewEvent<Type extends string = string, Data = unknown> {
  /** A UUID; generated when absent. */
  readonly id?: string;
  readonly type: Type;
  /** The version of the data's shape; 1 when absent. Old versions are upcast on read. */
  readonly schemaVersion?: number;
  readonly data: Data;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: RecordedMetadata;
  readonly streamId: string;
  readonly streamRevision: StreamRevision;
  readonly globalPosition: GlobalPosition;
}
