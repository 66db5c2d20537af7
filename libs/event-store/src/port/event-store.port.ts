import type { ExpectedRevision } from './expected-revision';
import type { EventMetadata, GlobalPosition, NewEvent, RecordedEvent, StreamRevision } from './recorded-event';

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
  /**
   * Shared by every event of the append. When `commandId` is set and that command was already
   * appended to this stream, nothing is appended and the earlier result is returned.
   */
  readonly metadata?: EventMetadata;
}

export interface AppendResult {
  /** The revision of the stream's last event after the append; pass it as the next expected revision. */
  readonly nextExpectedRevision: StreamRevision;
  /** The global position of the last event appended (for read-your-writes). */
  readonly lastPosition: GlobalPosition;
  /** True when the command had already been appended and this call appended nothing. */
  readonly alreadyAppended: boolean;
}

export interface ReadStreamOptions {
  /** First revision to read, inclusive; 0 when absent. */
  readonly fromRevision?: StreamRevision;
  /** Last revision to read, inclusive; the end of the stream when absent. */
  readonly toRevision?: StreamRevision;
  readonly maxCount?: number;
}

/** Events match when they match every criterion given. */
export interface EventFilter {
  readonly eventTypes?: readonly string[];
  readonly streamPrefixes?: readonly string[];
}

export interface ReadAllOptions {
  /** Read events after this position (exclusive); from the beginning when absent. */
  readonly after?: GlobalPosition;
  readonly maxCount?: number;
  readonly filter?: EventFilter;
}

export interface SubscribeOptions {
  /** Deliver events after this checkpoint; `start` (default) or `end` (only new events). */
  readonly from?: GlobalPosition | 'start' | 'end';
  readonly filter?: EventFilter;
  /** Largest batch handed to the consumer; 500 when absent. */
  readonly batchSize?: number;
}

export interface SubscriptionBatch {
  /** Events in global order; never empty. */
  readonly events: readonly RecordedEvent[];
  /** Store this to resume after these events. */
  readonly checkpoint: GlobalPosition;
}

/**
 * The global log from a checkpoint: first what is stored (catch-up), then what is appended
 * (live), each event once, in global order. The next batch is read only when the consumer asks
 * for it (back-pressure): a slow projection never makes the subscription buffer without bound.
 */
export interface EventSubscription extends AsyncIterable<SubscriptionBatch> {
  /** Ends the iteration; an iteration waiting for new events returns at once. */
  stop(): Promise<void>;
}

/** The event log. Every adapter passes the one contract suite in `test/contract`. */
export interface EventStore {
  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** A stream's events in revision order; an empty list for a stream that does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** The position of the last event in the log; 0 when the log is empty. */
  readHeadPosition(): Promise<GlobalPosition>;
  subscribeToAll(options?: SubscribeOptions): EventSubscription;
  close(): Promise<void>;
}
