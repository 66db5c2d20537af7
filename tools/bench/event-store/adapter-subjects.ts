/**
 * Our adapters, used through the public `EventStore` port only, exactly as the application
 * uses them: expected revision `no-stream` for a new stream, metadata with a commandId, and
 * `subscribeToAll({ from: 'start' })` for catch-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EmbeddedEventStore,
  EventStoreDbEventStore,
  PostgresEventStore,
  type EventStore,
  type ExpectedRevision,
} from '@handhaving/event-store';
import { variantName, type BenchEvent, type BenchMetadata, type OpenSubject, type Subject, type Synchronous, type Writer } from './harness';
import { dropSchema } from './postgres-admin';
import { restorePgTypeParsers } from './postgres-subjects';

function writerFor(store: EventStore): Writer {
  return {
    async append(streamId: string, events: readonly BenchEvent[], existing: number, metadata: BenchMetadata): Promise<void> {
      const expectedRevision: ExpectedRevision = existing === 0 ? 'no-stream' : existing - 1;
      await store.appendToStream(streamId, events, { expectedRevision, metadata });
    },
  };
}

async function readWholeStream(store: EventStore, streamId: string): Promise<number> {
  return (await store.readStream(streamId)).length;
}

async function subscribeAndCount(store: EventStore, count: number, batchSize: number, streamPrefix?: string): Promise<number> {
  const subscription = store.subscribeToAll({
    from: 'start',
    batchSize,
    filter: streamPrefix ? { streamPrefixes: [streamPrefix] } : undefined,
  });
  let seen = 0;
  try {
    for await (const batch of subscription) {
      seen += batch.events.length;
      if (seen >= count) break;
    }
  } finally {
    await subscription.stop();
  }
  return seen;
}

/**
 * The embedded adapter (better-sqlite3, WAL, synchronous=FULL) in a fresh temp folder per
 * workload. Concurrent writers: one store instance (its own better-sqlite3 connection) per
 * writer, all on the same data folder.
 */
export function embeddedSubject(synchronous: Synchronous = 'FULL'): Subject {
  return {
    name: variantName('embedded adapter', synchronous),
    family: 'SQLite',
    role: 'adapter',
    ...(synchronous === 'FULL' ? {} : { workloads: ['single'], diagnostic: true }),
    async open(tag: string): Promise<OpenSubject> {
      const dataDir = mkdtempSync(join(tmpdir(), `handhaving-bench-embedded-${tag}-`));
      const store = new EmbeddedEventStore({ dataDir, synchronous });
      const extra: EmbeddedEventStore[] = [];
      return {
        writer: writerFor(store),
        async concurrentWriters(count: number): Promise<Writer[]> {
          for (let i = 0; i < count; i++) extra.push(new EmbeddedEventStore({ dataDir, synchronous }));
          return extra.map(writerFor);
        },
        readStream: (streamId) => readWholeStream(store, streamId),
        catchUp: (count, batchSize) => subscribeAndCount(store, count, batchSize),
        async dispose(): Promise<void> {
          for (const other of extra) await other.close();
          await store.close();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

/**
 * The PostgreSQL adapter in a fresh schema per workload (dropped afterwards). Concurrent
 * writers share one store, i.e. its pool of 10 connections, as an application instance would.
 */
export function postgresSubject(connectionString: string, schemaPrefix: string): Subject {
  return {
    name: 'PostgreSQL adapter',
    family: 'PostgreSQL',
    role: 'adapter',
    async open(tag: string): Promise<OpenSubject> {
      const schema = `${schemaPrefix}_adapter_${tag}`;
      const store = await PostgresEventStore.connect({ connectionString, schema, poolSize: 10 });
      return {
        writer: writerFor(store),
        async concurrentWriters(count: number): Promise<Writer[]> {
          return Array.from({ length: count }, () => writerFor(store));
        },
        readStream: (streamId) => readWholeStream(store, streamId),
        catchUp: (count, batchSize) => subscribeAndCount(store, count, batchSize),
        activate: restorePgTypeParsers,
        async dispose(): Promise<void> {
          await store.close();
          await dropSchema(connectionString, schema);
        },
      };
    },
  };
}

/**
 * The EventStoreDB adapter. Its log is shared with whatever else is on the server, so the
 * catch-up subscription is filtered on this run's stream prefix. Streams are left in place
 * (EventStoreDB has no cheap drop); every run uses new stream ids.
 */
export function eventStoreDbSubject(connectionString: string): Subject {
  return {
    name: 'EventStoreDB adapter',
    family: 'EventStoreDB',
    role: 'adapter',
    async open(): Promise<OpenSubject> {
      const store = new EventStoreDbEventStore({ connectionString });
      return {
        writer: writerFor(store),
        async concurrentWriters(count: number): Promise<Writer[]> {
          return Array.from({ length: count }, () => writerFor(store));
        },
        readStream: (streamId) => readWholeStream(store, streamId),
        catchUp: (count, batchSize, streamPrefix) => subscribeAndCount(store, count, batchSize, streamPrefix),
        dispose: () => store.close(),
      };
    },
  };
}
