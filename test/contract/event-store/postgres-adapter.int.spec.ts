import { PostgresEventStore, WrongExpectedRevision, type RecordedEvent } from '@handhaving/event-store';
import { Client } from 'pg';
import { describeWith, postgresForTests, uniqueTestName } from '@handhaving/testing';

const postgresUrl = postgresForTests('PostgreSQL adapter');

describeWith(postgresUrl)('PostgreSQL event store', () => {
  const url = postgresUrl ?? '';
  const schema = uniqueTestName('adapter').toLowerCase();
  const stores: PostgresEventStore[] = [];
  const open = async (): Promise<PostgresEventStore> => {
    const store = await PostgresEventStore.connect({ connectionString: url, schema, poolSize: 4, pollIntervalMs: 100 });
    stores.push(store);
    return store;
  };

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('never lets a subscriber skip an event that commits after a later position became visible', async () => {
    // Five stores (twenty connections) append concurrently while a subscriber follows the log.
    // Without commit-ordered positions, a transaction holding position n can commit after n+1
    // was read, and the subscriber's checkpoint passes n for good.
    const writers = await Promise.all(Array.from({ length: 5 }, open));
    const reader = await open();
    const subscription = reader.subscribeToAll({ filter: { streamPrefixes: ['gap-'] }, batchSize: 50 });
    const seen: RecordedEvent[] = [];
    const total = 20 * 50;
    const following = (async () => {
      for await (const batch of subscription) {
        seen.push(...batch.events);
        if (seen.length >= total) break;
      }
    })();
    await Promise.all(
      Array.from({ length: 20 }, async (_, writer) => {
        const store = writers[writer % writers.length];
        for (let index = 0; index < 50; index++) {
          await store.appendToStream(`gap-${writer}`, [{ type: 'Geschreven', data: { writer, index } }], {
            expectedRevision: index === 0 ? 'no-stream' : index - 1,
          });
        }
      }),
    );
    const timeout = setTimeout(() => void subscription.stop(), 20_000);
    await following;
    clearTimeout(timeout);
    await subscription.stop();

    const stored = await reader.readAll({ filter: { streamPrefixes: ['gap-'] }, maxCount: total + 1 });
    expect(stored).toHaveLength(total);
    expect(seen.map((event) => event.globalPosition)).toEqual(stored.map((event) => event.globalPosition));
    // Positions are gap-free: the n-th event of the log has position n.
    const head = await reader.readHeadPosition();
    const { rows } = await query<{ count: string }>(`SELECT count(*) AS count FROM "${schema}".events`);
    expect(head).toBe(BigInt(rows[0].count));
  }, 60_000);

  it('refuses to update, delete or truncate stored events', async () => {
    const store = await open();
    await store.appendToStream('immutable-1', [{ type: 'Vastgelegd', data: { a: 1 } }], { expectedRevision: 'no-stream' });
    await expect(query(`UPDATE "${schema}".events SET data = '{}' WHERE stream_id = 'immutable-1'`)).rejects.toThrow(/immutable/);
    await expect(query(`DELETE FROM "${schema}".events WHERE stream_id = 'immutable-1'`)).rejects.toThrow(/immutable/);
    await expect(query(`TRUNCATE "${schema}".events`)).rejects.toThrow(/immutable/);
    expect((await store.readStream('immutable-1'))[0].data).toEqual({ a: 1 });
  });

  it('migrates once when several instances start at the same time', async () => {
    const otherSchema = uniqueTestName('migrate').toLowerCase();
    const starting = await Promise.all(
      Array.from({ length: 4 }, () => PostgresEventStore.connect({ connectionString: url, schema: otherSchema, poolSize: 1 })),
    );
    await starting[0].appendToStream('m-1', [{ type: 'A', data: {} }], { expectedRevision: 'no-stream' });
    await expect(starting[1].appendToStream('m-1', [{ type: 'A', data: {} }], { expectedRevision: 'no-stream' })).rejects.toBeInstanceOf(
      WrongExpectedRevision,
    );
    await Promise.all(starting.map((store) => store.close()));
    const { rows } = await query<{ version: number }>(`SELECT version FROM "${otherSchema}".schema_migrations`);
    expect(rows.map((row) => row.version)).toEqual([1]);
    await query(`DROP SCHEMA "${otherSchema}" CASCADE`);
  });

  async function query<Row extends object = object>(sql: string): Promise<{ rows: Row[] }> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query<Row & import('pg').QueryResultRow>(sql);
    } finally {
      await client.end();
    }
  }
});
