import { PostgresEventStore } from '@handhaving/event-store';
import { Client } from 'pg';
import { announceSkip, postgresForTests, uniqueTestName } from '../../support/services';
import { eventStoreContract } from './event-store.contract';

const postgres = postgresForTests();

if (postgres.url) {
  const url = postgres.url;
  const schema = uniqueTestName('contract').toLowerCase();
  eventStoreContract(`PostgreSQL (schema ${schema})`, {
    open: (clock) => PostgresEventStore.connect({ connectionString: url, schema, clock, pollIntervalMs: 200 }),
    cleanUp: async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  });
} else {
  announceSkip('event store contract: PostgreSQL', postgres.skipReason ?? 'not available');
  describe.skip('event store contract: PostgreSQL (skipped: no PostgreSQL)', () => {
    it('needs PostgreSQL', () => undefined);
  });
}
