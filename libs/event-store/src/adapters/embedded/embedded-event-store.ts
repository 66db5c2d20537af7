import { GroupCommit, openDatabase } from '@handhaving/embedded-sqlite';
import type Database from 'better-sqlite3';
import { join, resolve } from 'node:path';
import { prepareAppend, type AppendRequest } from '../../port/append-request';
import { systemClock, type Clock } from '../../port/clock';
import type {
  AppendOptions,
  AppendResult,
  EventFilter,
  EventStore,
  EventSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
} from '../../port/event-store.port';
import { assertExpectedRevision, type CurrentRevision } from '../../port/expected-revision';
import type { GlobalPosition, NewEvent, RecordedEvent } from '../../port/recorded-event';
import { ChangeSignal } from '../../subscription/change-signal';
import { PollingSubscription } from '../../subscription/polling-subscription';
import { migrate } from './embedded-schema';

export interface EmbeddedEventStoreOptions {
  /** Folder that holds the database files; created when missing. */
  readonly dataDir: string;
  /**
   * `FULL` (default): an acknowledged append survives a power cut. `NORMAL` is faster and never
   * corrupts the log, but may lose the last appends on power loss.
   */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How long an append waits for another process's write to finish. */
  readonly busyTimeoutMs?: number;
  /** How often a live subscription looks for appends made by other processes. */
  readonly pollIntervalMs?: number;
  readonly clock?: Clock;
}

export const embeddedDatabaseFile = 'events.sqlite';

interface EventRow {
  global_position: number;
  stream_id: string;
  stream_revision: number;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: string;
  metadata: string;
}

const eventColumns =
  'global_position, stream_id, stream_revision, event_id, event_type, schema_version, data, metadata';

// Appends in this process wake this process's subscriptions on the same file at once.
const signalsByFile = new Map<string, ChangeSignal>();

/**
 * The event store on SQLite (better-sqlite3) in WAL mode, for a laptop or a single server with
 * no database to run. SQLite has one writer at a time, so global positions are handed out in
 * commit order and a subscriber can never skip an event. Writers in other processes wait for
 * the lock (`busy_timeout`) instead of failing with "database is locked", because every write
 * transaction takes the lock up front (`BEGIN IMMEDIATE`).
 */
export class EmbeddedEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly signal: ChangeSignal;
  private readonly clock: Clock;
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<EventSubscription>();
  private readonly filteredStatements = new Map<string, Database.Statement<unknown[], EventRow>>();
  private readonly statements;
  private readonly groupCommit: GroupCommit;

  constructor(options: EmbeddedEventStoreOptions) {
    const file = resolve(join(options.dataDir, embeddedDatabaseFile));
    this.db = openDatabase(file, { synchronous: options.synchronous, busyTimeoutMs: options.busyTimeoutMs });
    migrate(this.db);
    this.groupCommit = new GroupCommit(this.db);

    this.clock = options.clock ?? systemClock;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    let signal = signalsByFile.get(file);
    if (!signal) signalsByFile.set(file, (signal = new ChangeSignal()));
    this.signal = signal;

    const db = this.db;
    this.statements = {
      currentRevision: db.prepare<[string], { revision: number | null }>(
        'SELECT max(stream_revision) AS revision FROM events WHERE stream_id = ?',
      ),
      earlierCommand: db.prepare<[string, string], { revision: number | null; position: number | null }>(
        `SELECT max(stream_revision) AS revision, max(global_position) AS position
           FROM events WHERE stream_id = ? AND command_id = ?`,
      ),
      insert: db.prepare(
        `INSERT INTO events (stream_id, stream_revision, event_id, event_type, schema_version, data, metadata, command_id, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      readStream: db.prepare<[string, number, number, number], EventRow>(
        `SELECT ${eventColumns} FROM events
          WHERE stream_id = ? AND stream_revision >= ? AND stream_revision <= ?
          ORDER BY stream_revision LIMIT ?`,
      ),
      readAll: db.prepare<[number, number], EventRow>(
        `SELECT ${eventColumns} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`,
      ),
      head: db.prepare<[], { position: number | null }>('SELECT max(global_position) AS position FROM events'),
    };
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const request = prepareAppend(streamId, events, options);
    // Appends that arrive together share one commit (one fsync); each is checked and rolled back alone.
    const result = await this.groupCommit.run(() => this.append(request));
    if (!result.alreadyAppended) this.signal.notify();
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.readStream.all(
      streamId,
      options.fromRevision ?? 0,
      options.toRevision ?? Number.MAX_SAFE_INTEGER,
      options.maxCount ?? -1,
    );
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = Number(options.after ?? 0n);
    const maxCount = options.maxCount ?? 1000;
    if (!options.filter) return this.statements.readAll.all(after, maxCount).map(toRecordedEvent);
    const { sql, parameters } = filteredReadAll(options.filter);
    let statement = this.filteredStatements.get(sql);
    if (!statement) this.filteredStatements.set(sql, (statement = this.db.prepare<unknown[], EventRow>(sql)));
    return statement.all(after, ...parameters, maxCount).map(toRecordedEvent);
  }

  async readHeadPosition(): Promise<GlobalPosition> {
    return BigInt(this.statements.head.get()?.position ?? 0);
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    const subscription = new PollingSubscription(this, this.signal, options, this.pollIntervalMs);
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    // Appends already accepted commit before the file closes.
    await this.groupCommit.run(() => undefined);
    this.db.close();
  }

  /** One append, inside a group transaction (see GroupCommit). */
  private append(request: AppendRequest): AppendResult {
    const { currentRevision, earlierCommand, insert } = this.statements;
    const { streamId, commandId } = request;
    if (commandId !== undefined) {
      const earlier = earlierCommand.get(streamId, commandId);
      if (earlier?.revision != null && earlier.position != null) {
        return { nextExpectedRevision: earlier.revision, lastPosition: BigInt(earlier.position), alreadyAppended: true };
      }
    }
    const last = currentRevision.get(streamId)?.revision ?? null;
    const current: CurrentRevision = last ?? 'no-stream';
    assertExpectedRevision(streamId, request.options.expectedRevision, current);

    const recordedAt = this.clock.now().toISOString();
    const metadata = JSON.stringify({ ...request.metadata, recordedAt });
    let revision = last ?? -1;
    let position = 0;
    for (const event of request.events) {
      revision += 1;
      const info = insert.run(
        streamId,
        revision,
        event.id,
        event.type,
        event.schemaVersion,
        JSON.stringify(event.data),
        metadata,
        commandId ?? null,
        recordedAt,
      );
      position = Number(info.lastInsertRowid);
    }
    return { nextExpectedRevision: revision, lastPosition: BigInt(position), alreadyAppended: false };
  }
}

function filteredReadAll(filter: EventFilter): { sql: string; parameters: Array<string | number> } {
  const conditions: string[] = [];
  const parameters: Array<string | number> = [];
  if (filter.eventTypes) {
    conditions.push(`event_type IN (${filter.eventTypes.map(() => '?').join(', ') || 'NULL'})`);
    parameters.push(...filter.eventTypes);
  }
  if (filter.streamPrefixes) {
    conditions.push(`(${filter.streamPrefixes.map(() => 'substr(stream_id, 1, ?) = ?').join(' OR ') || '0'})`);
    for (const prefix of filter.streamPrefixes) parameters.push(prefix.length, prefix);
  }
  const where = conditions.length > 0 ? ` AND ${conditions.join(' AND ')}` : '';
  return {
    sql: `SELECT ${eventColumns} FROM events WHERE global_position > ?${where} ORDER BY global_position LIMIT ?`,
    parameters,
  };
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    streamId: row.stream_id,
    streamRevision: row.stream_revision,
    globalPosition: BigInt(row.global_position),
  };
}
