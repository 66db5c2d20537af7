/**
 * The PostgreSQL ceiling (raw `pg` on the adapter's own table) and the PostgreSQL peer
 * (@event-driven-io/emmett-postgresql), each in a fresh schema per workload, dropped afterwards.
 */
import { dumbo, setNodePostgresTypeParser } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { randomUUID } from 'node:crypto';
import { Pool, types } from 'pg';
import type { BenchEvent, BenchMetadata, OpenSubject, Subject, Writer } from './harness';
import { createSchema, dropSchema, quoteSchema, withSearchPath } from './postgres-admin';

/** The adapter's `events` table; positions from an identity column instead of the adapter's locked max + 1. */
function eventsTable(s: string): string {
  return `
    CREATE TABLE ${s}.events (
      global_position bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      stream_id       text        NOT NULL,
      stream_revision bigint      NOT NULL,
      event_id        uuid        NOT NULL,
      event_type      text        NOT NULL,
      schema_version  integer     NOT NULL,
      data            jsonb       NOT NULL,
      metadata        jsonb       NOT NULL,
      command_id      text,
      recorded_at     timestamptz NOT NULL,
      UNIQUE (stream_id, stream_revision)
    );
    CREATE INDEX events_by_command ON ${s}.events (stream_id, command_id) WHERE command_id IS NOT NULL;
  `;
}

const columns = 'global_position, stream_id, stream_revision, event_id, event_type, schema_version, data, metadata';
const insertColumns = 'stream_id, stream_revision, event_id, event_type, schema_version, data, metadata, command_id, recorded_at';
const perRow = 9;

function insertText(table: string, rows: number): string {
  const values = Array.from(
    { length: rows },
    (_, row) => `(${Array.from({ length: perRow }, (_, column) => `$${row * perRow + column + 1}`).join(', ')})`,
  );
  return `INSERT INTO ${table} (${insertColumns}) VALUES ${values.join(', ')}`;
}

/**
 * The ceiling: `pg` with no adapter. One prepared (named) INSERT per append in autocommit: one
 * row for a single event, a multi-row INSERT for a batch. Reads are prepared SELECTs; the
 * driver parses jsonb as it would for any caller. One pool of 10 connections, shared by the
 * concurrent writers.
 */
export function rawPgSubject(connectionString: string, schemaPrefix: string): Subject {
  return {
    name: 'raw pg',
    family: 'PostgreSQL',
    role: 'ceiling',
    async open(tag: string): Promise<OpenSubject> {
      const schema = `${schemaPrefix}_raw_${tag}`;
      const s = quoteSchema(schema);
      const table = `${s}.events`;
      const pool = new Pool({ connectionString, max: 10 });
      pool.on('error', () => undefined);
      await pool.query(`CREATE SCHEMA ${s}`);
      await pool.query(eventsTable(s));
      const writer: Writer = {
        async append(streamId, events, existing, metadata): Promise<void> {
          const recordedAt = new Date().toISOString();
          const storedMetadata = JSON.stringify({ ...metadata, recordedAt });
          const values: unknown[] = [];
          events.forEach((event, index) => {
            values.push(
              streamId,
              existing + index,
              randomUUID(),
              event.type,
              1,
              JSON.stringify(event.data),
              storedMetadata,
              metadata.commandId,
              recordedAt,
            );
          });
          await pool.query({ name: `insert_${events.length}`, text: insertText(table, events.length), values });
        },
      };
      return {
        writer,
        async concurrentWriters(count: number): Promise<Writer[]> {
          return Array.from({ length: count }, () => writer);
        },
        async readStream(streamId: string): Promise<number> {
          const { rows } = await pool.query({
            name: 'read_stream',
            text: `SELECT ${columns} FROM ${table} WHERE stream_id = $1 ORDER BY stream_revision`,
            values: [streamId],
          });
          return rows.length;
        },
        async catchUp(count: number, batchSize: number): Promise<number> {
          let seen = 0;
          let after = '0';
          while (seen < count) {
            const { rows } = await pool.query<{ global_position: string }>({
              name: 'read_all',
              text: `SELECT ${columns} FROM ${table} WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
              values: [after, batchSize],
            });
            if (rows.length === 0) break;
            seen += rows.length;
            after = String(rows[rows.length - 1].global_position);
          }
          return seen;
        },
        activate: restorePgTypeParsers,
        async dispose(): Promise<void> {
          await pool.end();
          await dropSchema(connectionString, schema);
        },
      };
    },
  };
}

// dumbo (emmett's driver layer) replaces pg's global parsers for int8 and json/jsonb with its
// own (bigint-aware JSON) once per process. They are put in place for every emmett workload and
// pg's own put back afterwards, so each store is measured with the parsers it would run with.
const builtinParsers = {
  int8: types.getTypeParser(20, 'text'),
  jsonb: types.getTypeParser(3802, 'text'),
  json: types.getTypeParser(114, 'text'),
};

export function restorePgTypeParsers(): void {
  types.setTypeParser(20, 'text', builtinParsers.int8);
  types.setTypeParser(3802, 'text', builtinParsers.jsonb);
  types.setTypeParser(114, 'text', builtinParsers.json);
}

function emmettEvents(events: readonly BenchEvent[], metadata: BenchMetadata) {
  const plainMetadata: Record<string, unknown> = { ...metadata };
  return events.map((event) => ({ type: event.type, data: event.data, metadata: plainMetadata }));
}

/**
 * The peer: emmett-postgresql 0.42 through `getPostgreSQLEventStore`, its tables in their own
 * schema (its SQL uses unqualified names, so the schema is set as `search_path` on its
 * connections). One store, i.e. one dumbo pool (pg.Pool, 10 connections), shared by the
 * concurrent writers. Catch-up reads with its own `readMessagesBatch`, which its consumer uses.
 */
export function emmettPostgresSubject(connectionString: string, schemaPrefix: string): Subject {
  return {
    name: 'emmett-postgresql 0.42.0',
    family: 'PostgreSQL',
    role: 'peer',
    async open(tag: string): Promise<OpenSubject> {
      const schema = `${schemaPrefix}_emmett_${tag}`;
      setNodePostgresTypeParser({ force: true });
      await createSchema(connectionString, schema);
      const scoped = withSearchPath(connectionString, schema);
      const pool = dumbo({ connectionString: scoped });
      const store = getPostgreSQLEventStore(scoped, { connectionOptions: { dumbo: pool } });
      await store.schema.migrate();
      const writer: Writer = {
        async append(streamId, events, existing, metadata): Promise<void> {
          await store.appendToStream(streamId, emmettEvents(events, metadata), { expectedStreamVersion: BigInt(existing) });
        },
      };
      return {
        writer,
        async concurrentWriters(count: number): Promise<Writer[]> {
          return Array.from({ length: count }, () => writer);
        },
        async readStream(streamId: string): Promise<number> {
          return (await store.readStream(streamId)).events.length;
        },
        async catchUp(count: number, batchSize: number): Promise<number> {
          let seen = 0;
          let after = 0n;
          while (seen < count) {
            const batch = await readMessagesBatch(pool.execute, { after, batchSize });
            if (batch.messages.length === 0) break;
            seen += batch.messages.length;
            after = batch.currentGlobalPosition;
          }
          return seen;
        },
        activate: () => setNodePostgresTypeParser({ force: true }),
        async dispose(): Promise<void> {
          await store.close();
          await pool.close();
          restorePgTypeParsers();
          await dropSchema(connectionString, schema);
        },
      };
    },
  };
}
