import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  SubscriptionBatch,
} from '../port/event-store.port';
import type { GlobalPosition, NewEvent, RecordedEvent } from '../port/recorded-event';
import type { UpcasterRegistry } from './upcaster-registry';

/** Any event store, with every read path passing through the upcasters. */
export class UpcastingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    return this.inner.appendToStream(streamId, events, options);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(streamId, options)).map((event) => this.upcasters.upcast(event));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readAll(options)).map((event) => this.upcasters.upcast(event));
  }

  readHeadPosition(): Promise<GlobalPosition> {
    return this.inner.readHeadPosition();
  }

  subscribeToAll(options?: SubscribeOptions): EventSubscription {
    const inner = this.inner.subscribeToAll(options);
    const upcasters = this.upcasters;
    return {
      async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionBatch> {
        for await (const batch of inner) {
          yield { checkpoint: batch.checkpoint, events: batch.events.map((event) => upcasters.upcast(event)) };
        }
      },
      stop: () => inner.stop(),
    };
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
