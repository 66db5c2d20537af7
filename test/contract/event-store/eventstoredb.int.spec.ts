import { EventStoreDbEventStore } from '@handhaving/event-store';
import { announceSkip, eventStoreDbForTests } from '../../support/services';
import { eventStoreContract } from './event-store.contract';

const eventStoreDb = eventStoreDbForTests();

if (eventStoreDb.url) {
  const url = eventStoreDb.url;
  eventStoreContract(`EventStoreDB (${url})`, {
    open: async (clock) => new EventStoreDbEventStore({ connectionString: url, clock }),
  });
} else {
  announceSkip('event store contract: EventStoreDB', eventStoreDb.skipReason ?? 'not available');
  describe.skip('event store contract: EventStoreDB (skipped: set EVENTSTORE_URL to run it)', () => {
    it('needs EventStoreDB', () => undefined);
  });
}
