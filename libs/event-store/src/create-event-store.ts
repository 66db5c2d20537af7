import { EmbeddedEventStore } from './adapters/embedded/embedded-event-store';
import { EventStoreDbEventStore } from './adapters/eventstoredb/eventstoredb-event-store';
import { PostgresEventStore } from './adapters/postgres/postgres-event-store';
import type { Clock } from './port/clock';
import type { EventStore } from './port/event-store.port';
import type { UpcasterRegistry } from './upcasting/upcaster-registry';
import { UpcastingEventStore } from './upcasting/upcasting-event-store';

export type EventStoreConfig =
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly synchronous?: 'FULL' | 'NORMAL' }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string }
  | { readonly kind: 'eventstoredb'; readonly url: string };

export class EventStoreConfigError extends Error {
  override readonly name = 'EventStoreConfigError';
}

export const defaultDataDir = './.data';

/**
 * Reads the store from the environment: no `EVENT_STORE_URL` means the embedded store in
 * `HANDHAVING_DATA_DIR` (`./.data`); `postgres://…` is PostgreSQL; `esdb://…` is EventStoreDB.
 */
export function eventStoreConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EventStoreConfig {
  const url = env['EVENT_STORE_URL']?.trim();
  if (!url) {
    const synchronous = env['EMBEDDED_SYNCHRONOUS']?.trim().toUpperCase() || 'FULL';
    if (synchronous !== 'FULL' && synchronous !== 'NORMAL') {
      throw new EventStoreConfigError(`EMBEDDED_SYNCHRONOUS is "${synchronous}": use FULL (default) or NORMAL`);
    }
    return { kind: 'embedded', dataDir: env['HANDHAVING_DATA_DIR']?.trim() || defaultDataDir, synchronous };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url, schema: env['EVENT_STORE_SCHEMA']?.trim() || undefined };
  if (/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\//.test(url)) return { kind: 'eventstoredb', url };
  throw new EventStoreConfigError(
    'EVENT_STORE_URL must start with postgres:// (PostgreSQL) or esdb:// (EventStoreDB); leave it unset for the embedded store',
  );
}

export async function createEventStore(
  config: EventStoreConfig,
  options: { readonly clock?: Clock; readonly upcasters?: UpcasterRegistry } = {},
): Promise<EventStore> {
  const store = await openAdapter(config, options.clock);
  return options.upcasters && !options.upcasters.isEmpty ? new UpcastingEventStore(store, options.upcasters) : store;
}

async function openAdapter(config: EventStoreConfig, clock: Clock | undefined): Promise<EventStore> {
  switch (config.kind) {
    case 'embedded':
      return new EmbeddedEventStore({ dataDir: config.dataDir, synchronous: config.synchronous, clock });
    case 'postgres':
      return PostgresEventStore.connect({ connectionString: config.url, schema: config.schema, clock });
    case 'eventstoredb':
      return new EventStoreDbEventStore({ connectionString: config.url, clock });
    default: {
      const unknown: never = config;
      throw new EventStoreConfigError(`Unknown event store ${JSON.stringify(unknown)}`);
    }
  }
}
