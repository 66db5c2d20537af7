import { EventStoreDbEventStore } from '@handhaving/event-store';
import { eventStoreDbForTests } from '@handhaving/testing';
import { eventStoreContract } from './event-store.contract';

const eventStoreDbUrl = eventStoreDbForTests('event store contract: EventStoreDB');

if (eventStoreDbUrl) {
  const url = eventStoreDbUrl;
  eventStoreContract(`EventStoreDB (${url})`, {
    open: async (clock) => new EventStoreDbEventStore({ connectionString: url, clock }),
  });
} else {
  describe.skip('event store contract: EventStoreDB (skipped: set EVENTSTORE_URL to run it)', () => {
    it('needs EventStoreDB', () => undefined);
  });
}
