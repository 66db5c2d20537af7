import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  eventTypeFilter,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type Filter,
  type JSONType,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { prepareAppend } from '../../port/append-request';
import { nameBasedUuid } from '../../port/name-based-uuid';
import { systemClock, type Clock } from '../../port/clock';
import type {
  AppendOptions,
  AppendResult,
  EventFilter,
  EventStore,
  EventSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  SubscriptionBatch,
} from '../../port/event-store.port';
import { WrongExpectedRevision } from '../../port/errors';
import { matchesFilter } from '../../port/event-filter';
import type { ExpectedRevision } from '../../port/expected-revision';
import type { GlobalPosition, NewEvent, RecordedEvent, RecordedMetadata } from '../../port/recorded-event';

export interface EventStoreDbEventStoreOptions {
  /** `esdb://host:2113?tls=false` */
  readonly connectionString: string;
  readonly clock?: Clock;
}

type StoredMetadata = RecordedMetadata & { readonly schemaVersion?: number };

const defaultBatchSize = 500;

/**
 * The event store on EventStoreDB (KurrentDB), the production store of the design.
 *
 * Mapping: stream revisions are EventStoreDB's own (0-based). A global position is the $all
 * position `(commit, prepare)` packed as `commit × 2^64 + prepare`, which keeps $all's order
 * and round-trips exactly. The schema version and recorded-at instant travel in the event's
 * metadata. System events (types starting with `$`) are never returned.
 *
 * Idempotency: event ids are derived from (stream, command id, index), so EventStoreDB itself
 * refuses to store a retried command twice; before appending, the stream is searched for the
 * command id so a retry gets the earlier result back, as on the other stores.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly clock: Clock;
  private readonly subscriptions = new Set<EventSubscription>();

  constructor(options: EventStoreDbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.clock = options.clock ?? systemClock;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const request = prepareAppend(streamId, events, options);
    if (request.commandId !== undefined) {
      const earlier = await this.findCommand(streamId, request.commandId);
      if (earlier) return earlier;
    }
    const recordedAt = this.clock.now().toISOString();
    const eventData = request.events.map((event, index) =>
      jsonEvent({
        id: request.commandId !== undefined && events[index].id === undefined ? nameBasedUuid(streamId, request.commandId, String(index)) : event.id,
        type: event.type,
        data: event.data as JSONType,
        metadata: { ...request.metadata, recordedAt, schemaVersion: event.schemaVersion },
      }),
    );
    try {
      const result = await this.client.appendToStream(streamId, eventData, {
        expectedRevision: toEsdbExpectedRevision(options.expectedRevision),
      });
      return {
        nextExpectedRevision: Number(result.nextExpectedRevision),
        lastPosition: result.position ? packPosition(result.position) : 0n,
        alreadyAppended: false,
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualVersion;
        throw new WrongExpectedRevision(streamId, options.expectedRevision, typeof actual === 'bigint' ? Number(actual) : 'no-stream');
      }
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    const limit = Math.min(
      options.maxCount ?? Number.MAX_SAFE_INTEGER,
      options.toRevision === undefined ? Number.MAX_SAFE_INTEGER : options.toRevision - from + 1,
    );
    if (limit <= 0) return [];
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        fromRevision: BigInt(from),
        direction: FORWARDS,
        maxCount: limit,
      })) {
        const event = toRecordedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? 1000;
    const events: RecordedEvent[] = [];
    let after = options.after;
    // System events and filtered-out events take room in a page: read on until the page is full.
    for (;;) {
      let read = 0;
      for await (const resolved of this.client.readAll({
        fromPosition: after === undefined || after === 0n ? START : unpackPosition(after),
        direction: FORWARDS,
        maxCount: maxCount + 1,
      })) {
        read += 1;
        const event = toRecordedEvent(resolved);
        if (!event || (after !== undefined && event.globalPosition <= after)) continue;
        after = event.globalPosition;
        if (matchesFilter(event, options.filter)) events.push(event);
        if (events.length === maxCount) return events;
      }
      if (read <= maxCount) return events;
    }
  }

  async readHeadPosition(): Promise<GlobalPosition> {
    for await (const resolved of this.client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 4096 })) {
      const event = toRecordedEvent(resolved);
      if (event) return event.globalPosition;
    }
    return 0n;
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    const client = this.client;
    const from = options.from ?? 'start';
    const batchSize = options.batchSize ?? defaultBatchSize;
    const subscription = client.subscribeToAll({
      fromPosition: from === 'start' || from === 0n ? START : from === 'end' ? END : unpackPosition(from),
      filter: serverFilter(options.filter),
    });
    const handle: EventSubscription = {
      async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionBatch> {
        // The gRPC stream is a Readable: iterating it pauses the server stream while the
        // consumer works (back-pressure). Batches take what has already arrived.
        let batch: RecordedEvent[] = [];
        for await (const resolved of subscription as AsyncIterable<AllStreamResolvedEvent>) {
          const event = toRecordedEvent(resolved);
          if (event && matchesFilter(event, options.filter)) batch.push(event);
          if (batch.length > 0 && (batch.length >= batchSize || subscription.readableLength === 0)) {
            yield { events: batch, checkpoint: batch[batch.length - 1].globalPosition };
            batch = [];
          }
        }
      },
      stop: () => subscription.unsubscribe(),
    };
    this.subscriptions.add(handle);
    return handle;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  private async findCommand(streamId: string, commandId: string): Promise<AppendResult | undefined> {
    try {
      for await (const resolved of this.client.readStream(streamId, { fromRevision: END, direction: BACKWARDS })) {
        const event = toRecordedEvent(resolved);
        if (event?.metadata.commandId === commandId) {
          return { nextExpectedRevision: event.streamRevision, lastPosition: event.globalPosition, alreadyAppended: true };
        }
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
    return undefined;
  }
}

function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no-stream':
      return NO_STREAM;
    case 'stream-exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

function serverFilter(filter: EventFilter | undefined): Filter | undefined {
  if (filter?.eventTypes) return eventTypeFilter({ regex: `^(${filter.eventTypes.map(escapeRegex).join('|')})$` });
  if (filter?.streamPrefixes) return streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  return eventTypeFilter({ regex: '^[^$]' });
}

function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson || event.type.startsWith('$') || !event.position) return undefined;
  const { schemaVersion, ...metadata } = (event.metadata ?? {}) as unknown as StoredMetadata;
  return {
    id: event.id,
    type: event.type,
    schemaVersion: schemaVersion ?? 1,
    data: event.data,
    metadata: { ...metadata, recordedAt: metadata.recordedAt ?? event.created.toISOString() },
    streamId: event.streamId,
    streamRevision: Number(event.revision),
    globalPosition: packPosition(event.position),
  };
}

const positionBits = 64n;
const prepareMask = (1n << positionBits) - 1n;

export function packPosition(position: Position): GlobalPosition {
  return (position.commit << positionBits) | position.prepare;
}

export function unpackPosition(position: GlobalPosition): Position {
  return { commit: position >> positionBits, prepare: position & prepareMask };
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
