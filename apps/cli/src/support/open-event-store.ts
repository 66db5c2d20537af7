import { createEventStore, eventStoreConfigFromEnv, type EventStore, type EventStoreConfig } from '@handhaving/event-store';

export interface OpenedStore {
  readonly store: EventStore;
  readonly config: EventStoreConfig;
}

/** The event store the environment configures (embedded in ./.data when nothing is set). */
export async function openEventStore(): Promise<OpenedStore> {
  const config = eventStoreConfigFromEnv();
  return { store: await createEventStore(config), config };
}

export function describeStore(config: EventStoreConfig): string {
  switch (config.kind) {
    case 'embedded':
      return `embedded (SQLite in ${config.dataDir}, synchronous=${config.synchronous ?? 'FULL'})`;
    case 'postgres':
      return `PostgreSQL (${redactPassword(config.url)}, schema ${config.schema ?? 'handhaving'})`;
    case 'eventstoredb':
      return `EventStoreDB (${redactPassword(config.url)})`;
  }
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]+@/, '//$1:***@');
}
