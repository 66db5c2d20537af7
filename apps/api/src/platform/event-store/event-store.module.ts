import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createEventStore, type EventStore } from '@handhaving/event-store';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';

/** DI token of the event store port; which adapter sits behind it is configuration. */
export const EventStoreToken = Symbol('EventStore');

@Global()
@Module({
  providers: [
    {
      provide: EventStoreToken,
      inject: [ApiConfigToken],
      useFactory: (config: ApiConfig): Promise<EventStore> => createEventStore(config.eventStore),
    },
  ],
  exports: [EventStoreToken],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EventStoreToken) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
