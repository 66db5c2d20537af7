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
    const { filter } = this.options;
    // With a filter, the events after the checkpoint may be long stretches this subscription does
    // not take (a dwangsom read model in a log of Damocles cases): remember how far the log was
    // read, so each wake-up reads only what was appended since, not the stretch again.
    let gelezenTot = checkpoint;
    while (!this.abort.signal.aborted) {
      const version = this.signal.version;
      // Everything up to the head as read here is committed (positions in commit order).
      const head = filter ? await this.source.readHeadPosition() : 0n;
      const events = await this.source.readAll({ after: gelezenTot, maxCount, filter });
      if (this.abort.signal.aborted) return;
      if (events.length > 0) {
        checkpoint = events[events.length - 1].globalPosition;
        gelezenTot = checkpoint;
        // A short batch holds every match up to the head: nothing more to read before it.
        if (events.length < maxCount && head > gelezenTot) gelezenTot = head;
        yield { events, checkpoint };
        continue;
      }
      if (head > gelezenTot) gelezenTot = head;
      await this.signal.wait(version, this.pollIntervalMs, this.abort.signal);
    }
  }

  async stop(): Promise<void> {
    this.abort.abort();
  }
}
