/**
 * The SQLite ceiling (raw better-sqlite3 on the embedded adapter's own table) and the SQLite
 * peer (@event-driven-io/emmett-sqlite on the `sqlite3` package).
 */
import {
  getSQLiteEventStore,
  readMessagesBatch,
  sqliteConnection,
  type SQLiteConnection,
  type SQLiteEventStore,
} from '@event-driven-io/emmett-sqlite';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { variantName, type BenchEvent, type BenchMetadata, type OpenSubject, type Subject, type Synchronous, type Writer } from './harness';

/** The embedded adapter's `events` table: same columns, same UNIQUE and partial index, no triggers. */
const eventsTable = `
  CREATE TABLE events (
    global_position INTEGER PRIMARY KEY,
    stream_id       TEXT    NOT NULL,
    stream_revision INTEGER NOT NULL,
    event_id        TEXT    NOT NULL,
    event_type      TEXT    NOT NULL,
    schema_version  INTEGER NOT NULL,
    data            TEXT    NOT NULL,
    metadata        TEXT    NOT NULL,
    command_id      TEXT,
    recorded_at     TEXT    NOT NULL,
    UNIQUE (stream_id, stream_revision)
  );
  CREATE INDEX events_by_command ON events (stream_id, command_id) WHERE command_id IS NOT NULL;
`;

const columns = 'global_position, stream_id, stream_revision, event_id, event_type, schema_version, data, metadata';

interface RawRow {
  global_position: number;
  stream_id: string;
  stream_revision: number;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: string;
  metadata: string;
}

/** What a reader of the log needs from each row: data and metadata as objects. */
function parseRows(rows: RawRow[]): number {
  let parsed = 0;
  for (const row of rows) {
    JSON.parse(row.data);
    JSON.parse(row.metadata);
    parsed += 1;
  }
  return parsed;
}

function openRawDatabase(file: string, synchronous: Synchronous): Database.Database {
  const db = new Database(file, { timeout: 60_000 });
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  return db;
}

function rawWriter(db: Database.Database): Writer {
  const insert = db.prepare(
    `INSERT INTO events (stream_id, stream_revision, event_id, event_type, schema_version, data, metadata, command_id, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAll = (streamId: string, events: readonly BenchEvent[], existing: number, metadata: BenchMetadata): void => {
    const recordedAt = new Date().toISOString();
    const storedMetadata = JSON.stringify({ ...metadata, recordedAt });
    events.forEach((event, index) => {
      insert.run(
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
  };
  const inTransaction = db.transaction(insertAll);
  return {
    async append(streamId, events, existing, metadata): Promise<void> {
      // One event: a plain autocommit INSERT, i.e. its own transaction. Several: one transaction.
      if (events.length === 1) insertAll(streamId, events, existing, metadata);
      else inTransaction.immediate(streamId, events, existing, metadata);
    },
  };
}

/**
 * The ceiling: better-sqlite3 with no adapter on an identical `events` table, WAL and
 * synchronous=FULL like the adapter, prepared statements; reads parse data and metadata JSON.
 */
export function rawSqliteSubject(synchronous: Synchronous = 'FULL'): Subject {
  return {
    name: variantName('raw better-sqlite3', synchronous),
    family: 'SQLite',
    role: 'ceiling',
    ...(synchronous === 'FULL' ? {} : { workloads: ['single'], diagnostic: true }),
    async open(tag: string): Promise<OpenSubject> {
      const dir = mkdtempSync(join(tmpdir(), `handhaving-bench-raw-sqlite-${tag}-`));
      const file = join(dir, 'events.sqlite');
      const db = openRawDatabase(file, synchronous);
      db.exec(eventsTable);
      const others: Database.Database[] = [];
      const readStream = db.prepare<[string], RawRow>(`SELECT ${columns} FROM events WHERE stream_id = ? ORDER BY stream_revision`);
      const readAll = db.prepare<[number, number], RawRow>(
        `SELECT ${columns} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`,
      );
      return {
        writer: rawWriter(db),
        async concurrentWriters(count: number): Promise<Writer[]> {
          for (let i = 0; i < count; i++) others.push(openRawDatabase(file, synchronous));
          return others.map(rawWriter);
        },
        async readStream(streamId: string): Promise<number> {
          return parseRows(readStream.all(streamId));
        },
        async catchUp(count: number, batchSize: number): Promise<number> {
          let seen = 0;
          let after = 0;
          while (seen < count) {
            const rows = readAll.all(after, batchSize);
            if (rows.length === 0) break;
            seen += parseRows(rows);
            after = rows[rows.length - 1].global_position;
          }
          return seen;
        },
        async dispose(): Promise<void> {
          for (const other of others) other.close();
          db.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
}

/** What emmett-sqlite's connection reports, read in this run so the notes state it. */
export interface EmmettSqliteSettings {
  /** journal_mode after emmett opened the connection (it sets WAL itself). */
  journalMode: string;
  /** synchronous as emmett leaves it (it never sets it), before we set FULL. */
  defaultSynchronous: string;
  /** synchronous during the measurements. */
  synchronous: string;
  sqliteVersion: string;
}

const synchronousNames: Record<string, string> = { '0': 'OFF', '1': 'NORMAL', '2': 'FULL', '3': 'EXTRA' };

export const emmettSqliteSettings: Partial<EmmettSqliteSettings> = {};

async function readSynchronous(connection: SQLiteConnection): Promise<string> {
  const row = await connection.querySingle<{ synchronous: number }>('PRAGMA synchronous');
  return synchronousNames[String(row?.synchronous)] ?? String(row?.synchronous);
}

async function openEmmettConnection(fileName: string, synchronous: Synchronous): Promise<SQLiteConnection> {
  const connection = sqliteConnection({ fileName });
  // emmett runs `PRAGMA journal_mode = WAL` (unawaited) when it opens a connection and never
  // sets synchronous; read what that gives, then set FULL explicitly so the comparison is certain.
  await connection.command('PRAGMA journal_mode = WAL');
  const defaultSynchronous = await readSynchronous(connection);
  await connection.command(`PRAGMA synchronous = ${synchronous}`);
  if (synchronous === 'FULL') {
    const journal = await connection.querySingle<{ journal_mode: string }>('PRAGMA journal_mode');
    const version = await connection.querySingle<{ v: string }>('SELECT sqlite_version() AS v');
    emmettSqliteSettings.defaultSynchronous = defaultSynchronous;
    emmettSqliteSettings.journalMode = journal?.journal_mode;
    emmettSqliteSettings.synchronous = await readSynchronous(connection);
    emmettSqliteSettings.sqliteVersion = version?.v;
  }
  return connection;
}

/** What emmett-sqlite reported besides the errors it threw, per store and workload. */
export interface EmmettErrorLog {
  /** console.log calls: emmett logs every error inside a transaction before its ROLLBACK, whose own error may be what it throws. */
  logged: number;
  firstLogged?: string;
  /** 'error' events sqlite3 emitted with no listener (they would have ended the process). */
  uncaught: number;
  firstUncaught?: string;
}

const emmettErrorLogs = new Map<string, EmmettErrorLog>();
let activeEmmett = 'emmett-sqlite';
let captures = 0;
let originalLog: typeof console.log = console.log;

function errorLogOf(key: string): EmmettErrorLog {
  let log = emmettErrorLogs.get(key);
  if (!log) emmettErrorLogs.set(key, (log = { logged: 0, uncaught: 0 }));
  return log;
}

/** The errors emmett-sqlite logged or let escape while `subject` ran the workload opened with `tag`. */
export function emmettErrorLog(subject: string, tag: string): EmmettErrorLog | undefined {
  return emmettErrorLogs.get(`${subject} ${tag}`);
}

// emmett runs `PRAGMA journal_mode = WAL` on each new connection without a callback; when that
// fails (SQLITE_BUSY under concurrent writers) sqlite3 emits an unhandled 'error' event, which
// would end the whole benchmark. Counted instead, and reported.
function onUncaught(error: Error): void {
  const log = errorLogOf(activeEmmett);
  log.uncaught += 1;
  log.firstUncaught ??= error.message;
}

/**
 * While any emmett-sqlite store is open, its console.log lines are counted (and the first kept)
 * under the store and workload that is appending, instead of flooding the output.
 */
function beginEmmettCapture(): () => void {
  if (captures++ === 0) {
    originalLog = console.log;
    console.log = (...args: unknown[]): void => {
      const log = errorLogOf(activeEmmett);
      log.logged += 1;
      log.firstLogged ??= args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ');
    };
    process.on('uncaughtException', onUncaught);
  }
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--captures === 0) {
      console.log = originalLog;
      process.off('uncaughtException', onUncaught);
    }
  };
}

function emmettEvents(events: readonly BenchEvent[], metadata: BenchMetadata) {
  const plainMetadata: Record<string, unknown> = { ...metadata };
  return events.map((event) => ({ type: event.type, data: event.data, metadata: plainMetadata }));
}

function emmettWriter(store: { appendToStream: SQLiteEventStore['appendToStream'] }, label: string): Writer {
  return {
    async append(streamId, events, existing, metadata): Promise<void> {
      activeEmmett = label;
      // Emmett counts a stream's version in events: 0n is "no stream yet" (enforced by a UNIQUE insert).
      await store.appendToStream(streamId, emmettEvents(events, metadata), { expectedStreamVersion: BigInt(existing) });
    },
  };
}

/**
 * The peer: emmett-sqlite 0.42 through `getSQLiteEventStore`, given one long-lived connection
 * (`singleton`), WAL + synchronous=FULL. Concurrent writers: one store with its own connection
 * per writer, on the same file (a shared connection cannot be used: its transaction nesting
 * counter is per connection, so concurrent appends would join one another's transactions).
 */
export function emmettSqliteSubject(synchronous: Synchronous = 'FULL'): Subject {
  const name = variantName('emmett-sqlite 0.42.4', synchronous);
  return {
    name,
    family: 'SQLite',
    role: 'peer',
    ...(synchronous === 'FULL' ? {} : { workloads: ['single'], diagnostic: true }),
    async open(tag: string): Promise<OpenSubject> {
      const dir = mkdtempSync(join(tmpdir(), `handhaving-bench-emmett-sqlite-${tag}-`));
      const fileName = join(dir, 'emmett.sqlite');
      const restoreLog = beginEmmettCapture();
      const label = `${name} ${tag}`;
      const connection = await openEmmettConnection(fileName, synchronous);
      const store = getSQLiteEventStore({ fileName, connectionOptions: { singleton: true, connection } });
      await store.schema.migrate();
      const others: SQLiteConnection[] = [];
      return {
        writer: emmettWriter(store, label),
        async concurrentWriters(count: number): Promise<Writer[]> {
          const writers: Writer[] = [];
          for (let i = 0; i < count; i++) {
            const own = await openEmmettConnection(fileName, synchronous);
            others.push(own);
            // The schema exists already (migrated above). Left on, each store's auto-migration
            // would run with the first append, collide with the other writers' and stay failed.
            const writerStore = getSQLiteEventStore({
              fileName,
              schema: { autoMigration: 'None' },
              connectionOptions: { singleton: true, connection: own },
            });
            writers.push(emmettWriter(writerStore, label));
          }
          return writers;
        },
        async readStream(streamId: string): Promise<number> {
          return (await store.readStream(streamId)).events.length;
        },
        async catchUp(count: number, batchSize: number): Promise<number> {
          // readMessagesBatch is what emmett's own consumer (message batch puller) reads with.
          let seen = 0;
          let after = 0n;
          while (seen < count) {
            const batch = await readMessagesBatch(connection, { after, batchSize });
            if (batch.messages.length === 0) break;
            seen += batch.messages.length;
            after = batch.currentGlobalPosition;
          }
          return seen;
        },
        async dispose(): Promise<void> {
          for (const other of others) other.close();
          connection.close();
          restoreLog();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
}

/**
 * emmett-sqlite as `getSQLiteEventStore({ fileName })` alone leaves it: every call opens a new
 * `sqlite3` connection (running `PRAGMA journal_mode = WAL`) and closes it afterwards;
 * synchronous stays at the bundled default. Only workload 1 (with concurrent writers it fails
 * almost every append, and its unhandled statement errors can end the process).
 */
export function emmettSqliteDefaultSubject(): Subject {
  const name = 'emmett-sqlite 0.42.4, connection per call';
  return {
    name,
    family: 'SQLite',
    role: 'peer',
    workloads: ['single'],
    async open(tag: string): Promise<OpenSubject> {
      const dir = mkdtempSync(join(tmpdir(), `handhaving-bench-emmett-sqlite-default-${tag}-`));
      const fileName = join(dir, 'emmett.sqlite');
      const restoreLog = beginEmmettCapture();
      const label = `${name} ${tag}`;
      const store = getSQLiteEventStore({ fileName });
      await store.schema.migrate();
      const notMeasured = (): Promise<number> => Promise.reject(new Error('not measured for this configuration'));
      return {
        writer: emmettWriter(store, label),
        // Every call has its own connection already; the writers share the store.
        concurrentWriters: async (count: number) => Array.from({ length: count }, () => emmettWriter(store, label)),
        readStream: notMeasured,
        catchUp: notMeasured,
        async dispose(): Promise<void> {
          restoreLog();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
}
