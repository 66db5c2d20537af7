import { Client, Pool, type PoolConfig } from 'pg';
import { prepareAppend } from '../../port/append-request';
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
import { WrongExpectedRevision } from '../../port/errors';
import type { GlobalPosition, NewEvent, RecordedEvent, RecordedMetadata } from '../../port/recorded-event';
import { ChangeSignal } from '../../subscription/change-signal';
import { PollingSubscription } from '../../subscription/polling-subscription';
import { appendChannel, migrate, quoteIdentifier } from './postgres-schema';

export interface PostgresEventStoreOptions {
  /** `postgres://user@host:5432/database` */
  readonly connectionString: string;
  /** The schema that holds the event tables; created by migration. */
  readonly schema?: string;
  readonly poolSize?: number;
  /** How often a live subscription polls when no notification arrives (a safety net for NOTIFY). */
  readonly pollIntervalMs?: number;
  readonly clock?: Clock;
}

interface EventRow {
  global_position: string;
  stream_id: string;
  stream_revision: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: RecordedMetadata;
}

interface AppendRow {
  outcome: 'appended' | 'already-appended' | 'wrong-expected-revision';
  stream_revision: string | null;
  global_position: string | null;
}

const eventColumns =
  'global_position, stream_id, stream_revision, event_id, event_type, schema_version, data, metadata';

/**
 * The event store on PostgreSQL. One table, one append function (a single round trip), gap-free
 * global positions handed out in commit order, LISTEN/NOTIFY to wake live subscriptions.
 * Create it with `PostgresEventStore.connect`, which runs the schema migration.
 */
export class PostgresEventStore implements EventStore {
  private readonly signal = new ChangeSignal();
  private readonly subscriptions = new Set<EventSubscription>();
  private listener: Client | undefined;
  private closed = false;

  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    private readonly options: PostgresEventStoreOptions,
    private readonly clock: Clock,
  ) {}

  static async connect(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const schema = options.schema ?? 'handhaving';
    const config: PoolConfig = { connectionString: options.connectionString, max: options.poolSize ?? 10 };
    const pool = new Pool(config);
    // An idle client that loses its server must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    const client = await pool.connect();
    try {
      await migrate(client, schema);
    } finally {
      client.release();
    }
    return new PostgresEventStore(pool, schema, options, options.clock ?? systemClock);
  }

  private get table(): string {
    return `${quoteIdentifier(this.schema)}.events`;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const request = prepareAppend(streamId, events, options);
    const recordedAt = this.clock.now().toISOString();
    const { rows } = await this.pool.query<AppendRow>(
      `SELECT outcome, stream_revision, global_position FROM ${quoteIdentifier(this.schema)}.append_to_stream($1, $2, $3, $4, $5, $6)`,
      [
        streamId,
        String(options.expectedRevision),
        request.commandId ?? null,
        recordedAt,
        JSON.stringify({ ...request.metadata, recordedAt }),
        JSON.stringify(request.events),
      ],
    );
    const row = rows[0];
    if (row.outcome === 'wrong-expected-revision') {
      throw new WrongExpectedRevision(
        streamId,
        options.expectedRevision,
        row.stream_revision === null ? 'no-stream' : Number(row.stream_revision),
      );
    }
    return {
      nextExpectedRevision: Number(row.stream_revision),
      lastPosition: BigInt(row.global_position ?? 0),
      alreadyAppended: row.outcome === 'already-appended',
    };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${eventColumns} FROM ${this.table}
        WHERE stream_id = $1 AND stream_revision >= $2 AND ($3::bigint IS NULL OR stream_revision <= $3)
        ORDER BY stream_revision LIMIT $4`,
      [streamId, options.fromRevision ?? 0, options.toRevision ?? null, options.maxCount ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { conditions, parameters } = filterConditions(options.filter, 3);
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${eventColumns} FROM ${this.table}
        WHERE global_position > $1${conditions}
        ORDER BY global_position LIMIT $2`,
      [String(options.after ?? 0n), options.maxCount ?? 1000, ...parameters],
    );
    return rows.map(toRecordedEvent);
  }

  async readHeadPosition(): Promise<GlobalPosition> {
    const { rows } = await this.pool.query<{ position: string | null }>(
      `SELECT max(global_position) AS position FROM ${this.table}`,
    );
    return BigInt(rows[0]?.position ?? 0);
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    void this.listen();
    const subscription = new PollingSubscription(this, this.signal, options, this.options.pollIntervalMs ?? 500);
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  /** One LISTEN connection per store, opened with the first subscription, reopened when lost. */
  private async listen(): Promise<void> {
    if (this.listener || this.closed) return;
    const listener = new Client({ connectionString: this.options.connectionString });
    this.listener = listener;
    const payload = quoteIdentifier(this.schema);
    const reconnect = (): void => {
      if (this.listener !== listener) return;
      this.listener = undefined;
      listener.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.listen(), 1_000).unref();
    };
    listener.on('notification', (message) => {
      if (message.payload === payload) this.signal.notify();
    });
    listener.on('error', reconnect);
    try {
      await listener.connect();
      await listener.query(`LISTEN ${appendChannel}`);
    } catch {
      // Subscriptions keep polling meanwhile.
      reconnect();
    }
  }
}

function filterConditions(filter: EventFilter | undefined, firstParameter: number): { conditions: string; parameters: unknown[] } {
  let conditions = '';
  const parameters: unknown[] = [];
  if (filter?.eventTypes) {
    parameters.push(filter.eventTypes);
    conditions += ` AND event_type = ANY($${firstParameter + parameters.length - 1}::text[])`;
  }
  if (filter?.streamPrefixes) {
    parameters.push(filter.streamPrefixes);
    conditions += ` AND EXISTS (SELECT 1 FROM unnest($${firstParameter + parameters.length - 1}::text[]) AS prefix WHERE starts_with(stream_id, prefix))`;
  }
  return { conditions, parameters };
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamRevision: Number(row.stream_revision),
    globalPosition: BigInt(row.global_position),
  };
}
