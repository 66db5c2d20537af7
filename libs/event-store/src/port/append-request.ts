import { randomUUID } from 'node:crypto';
import { InvalidEventStoreRequest } from './errors';
import type { AppendOptions } from './event-store.port';
import type { EventMetadata, NewEvent } from './recorded-event';

/** An event checked and completed before any adapter writes it. */
export interface PreparedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly PreparedEvent[];
  readonly options: AppendOptions;
  readonly metadata: EventMetadata;
  readonly commandId: string | undefined;
}

// Stream ids become BullMQ job ids and Redis keys downstream: no `:` and no whitespace.
const streamIdPattern = /^[A-Za-z0-9][A-Za-z0-9._@$-]{0,199}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertValidStreamId(streamId: string): void {
  if (!streamIdPattern.test(streamId)) {
    throw new InvalidEventStoreRequest(
      `Stream id "${streamId}" is not valid: use letters, digits, '.', '_', '-' (at most 200), e.g. damocles-<uuid>`,
    );
  }
}

/** Checks an append's arguments and gives every event its id and schema version. */
export function prepareAppend(streamId: string, events: readonly NewEvent[], options: AppendOptions): AppendRequest {
  assertValidStreamId(streamId);
  const expected = options.expectedRevision;
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new InvalidEventStoreRequest(`Expected revision ${expected} is not a revision (a whole number from 0)`);
  }
  if (events.length === 0) throw new InvalidEventStoreRequest(`Nothing to append to ${streamId}: the list of events is empty`);
  const prepared = events.map((event, index): PreparedEvent => {
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new InvalidEventStoreRequest(`Event ${index} has no type`);
    }
    const id = event.id ?? randomUUID();
    if (!uuidPattern.test(id)) throw new InvalidEventStoreRequest(`Event ${index} has id "${id}", which is not a UUID`);
    const schemaVersion = event.schemaVersion ?? 1;
    if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
      throw new InvalidEventStoreRequest(`Event ${index} (${event.type}) has schema version ${schemaVersion}; use 1 or higher`);
    }
    if (event.data === undefined) throw new InvalidEventStoreRequest(`Event ${index} (${event.type}) has no data`);
    return { id, type: event.type, schemaVersion, data: event.data };
  });
  const metadata = options.metadata ?? {};
  return { streamId, events: prepared, options, metadata, commandId: metadata.commandId };
}
