import type { EventSubscription, ReadAllOptions, SubscribeOptions, SubscriptionBatch } from '../port/event-store.port';
import type { GlobalPosition, RecordedEvent } from '../port/recorded-event';
import type { ChangeSignal } from './change-signal';

export interface PollingSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  readHeadPosition(): Promise<GlobalPosition>;
}

const defaultBatchSize = 500;

/**
 * A subscription for stores whose positions are assigned in commit order (the SQL adapters):
 * reading "after the checkpoint" in a loop can then never skip an event. Between reads it
 * sleeps until the store signals an append, or at most `pollIntervalMs` (appends made by other
 * processes are only seen by polling).
 */
export class PollingSubscription implements EventSubscription {
  private readonly abort = new AbortController();
  private readonly startAfter: Promise<GlobalPosition>;

  constructor(
    private readonly source: PollingSource,
    private readonly signal: ChangeSignal,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
  ) {
    const from = options.from ?? 'start';
    // "The end" is the end when subscribing, not when the consumer starts iterating.
    this.startAfter = from === 'end' ? source.readHeadPosition() : Promise.resolve(from === 'start' ? 0n : from);
    this.startAfter.catch(() => undefined);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionBatch> {
    let checkpoint = await this.startAfter;
    const maxCount = this.options.batchSize ?? defaultBatchSize;
    while (!this.abort.signal.aborted) {
      const version = this.signal.version;
      const events = await this.source.readAll({ after: checkpoint, maxCount, filter: this.options.filter });
      if (this.abort.signal.aborted) return;
      if (events.length > 0) {
        checkpoint = events[events.length - 1].globalPosition;
        yield { events, checkpoint };
        continue;
      }
      await this.signal.wait(version, this.pollIntervalMs, this.abort.signal);
    }
  }

  async stop(): Promise<void> {
    this.abort.abort();
  }
}
