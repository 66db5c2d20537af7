import { PostgresEventStore } from '@handhaving/event-store';
import { Client } from 'pg';
import { postgresForTests, uniqueTestName } from '@handhaving/testing';
import { eventStoreContract } from './event-store.contract';

const postgresUrl = postgresForTests('event store contract: PostgreSQL');

if (postgresUrl) {
  const url = postgresUrl;
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
  describe.skip('event store contract: PostgreSQL (skipped: no PostgreSQL)', () => {
    it('needs PostgreSQL', () => undefined);
  });
}
