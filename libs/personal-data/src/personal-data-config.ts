import { KeyStoreConfigError } from './errors';
import { EmbeddedKeyStore } from './key-store/embedded/embedded-key-store';
import type { KeyStore } from './key-store/key-store.port';
import { loadMasterKey, type MasterKey } from './key-store/master-key';
import { PostgresKeyStore } from './key-store/postgres/postgres-key-store';
import { defaultKeyStoreSchema } from './key-store/postgres/postgres-key-store-schema';
import { defaultKeyCacheTtlMs, PersonalDataVault } from './vault/personal-data-vault';

export type KeyStoreConfig =
  | { readonly kind: 'embedded'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema: string };

export interface PersonalDataConfig {
  readonly keyStore: KeyStoreConfig;
  /** Where a development master key is kept when `HANDHAVING_MASTER_KEY` is not set. */
  readonly dataDir: string;
  /** False in production (`NODE_ENV=production`): there `HANDHAVING_MASTER_KEY` is required. */
  readonly allowGeneratedMasterKey: boolean;
  readonly cacheTtlMs: number;
}

/**
 * Reads the key store from the environment. The keys live beside the events:
 * - `KEY_STORE_URL=postgres://…` puts them in PostgreSQL (schema `KEY_STORE_SCHEMA`, default
 *   `handhaving_keys`);
 * - without it, an event store on PostgreSQL (`EVENT_STORE_URL=postgres://…`) means the same
 *   database, in that schema;
 * - otherwise `keys.sqlite` in `HANDHAVING_DATA_DIR` (`./.data`), beside `events.sqlite`. An
 *   EventStoreDB event store takes this default too, or `KEY_STORE_URL`: EventStoreDB cannot
 *   delete a key for good.
 * `HANDHAVING_KEY_CACHE_TTL_SECONDS` (default 60) bounds how long another process may still
 * open an erased subject.
 */
export function personalDataConfigFromEnv(env: NodeJS.ProcessEnv = process.env): PersonalDataConfig {
  const dataDir = env['HANDHAVING_DATA_DIR']?.trim() || './.data';
  const schema = env['KEY_STORE_SCHEMA']?.trim() || defaultKeyStoreSchema;
  const keyStoreUrl = env['KEY_STORE_URL']?.trim();
  const eventStoreUrl = env['EVENT_STORE_URL']?.trim();
  const postgresUrl = /^postgres(ql)?:\/\//;
  let keyStore: KeyStoreConfig;
  if (keyStoreUrl) {
    if (!postgresUrl.test(keyStoreUrl)) {
      throw new KeyStoreConfigError('KEY_STORE_URL must start with postgres://; leave it unset for keys.sqlite in the data folder');
    }
    keyStore = { kind: 'postgres', url: keyStoreUrl, schema };
  } else if (eventStoreUrl && postgresUrl.test(eventStoreUrl)) {
    keyStore = { kind: 'postgres', url: eventStoreUrl, schema };
  } else {
    keyStore = { kind: 'embedded', dataDir };
  }
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new KeyStoreConfigError(`KEY_STORE_SCHEMA is "${schema}": use lower-case letters, digits and _`);
  }
  const ttlText = env['HANDHAVING_KEY_CACHE_TTL_SECONDS']?.trim();
  const ttlSeconds = ttlText ? Number(ttlText) : defaultKeyCacheTtlMs / 1000;
  if (!Number.isFinite(ttlSeconds) || ttlSeconds < 0) {
    throw new KeyStoreConfigError(`HANDHAVING_KEY_CACHE_TTL_SECONDS is "${ttlText}": use a number of seconds, 0 or more (default 60)`);
  }
  return {
    keyStore,
    dataDir,
    allowGeneratedMasterKey: env['NODE_ENV'] !== 'production',
    cacheTtlMs: Math.round(ttlSeconds * 1000),
  };
}

export async function createKeyStore(config: KeyStoreConfig, masterKey: MasterKey): Promise<KeyStore> {
  switch (config.kind) {
    case 'embedded':
      return new EmbeddedKeyStore({ dataDir: config.dataDir, masterKey });
    case 'postgres':
      return PostgresKeyStore.connect({ connectionString: config.url, schema: config.schema, masterKey });
    default: {
      const unknown: never = config;
      throw new KeyStoreConfigError(`Unknown key store ${JSON.stringify(unknown)}`);
    }
  }
}

/** The vault as an app starts it: master key, key store and cache from the configuration. */
export async function openPersonalDataVault(
  config: PersonalDataConfig,
  options: { readonly env?: NodeJS.ProcessEnv; readonly warn?: (line: string) => void } = {},
): Promise<PersonalDataVault> {
  const masterKey = loadMasterKey({
    env: options.env,
    dataDir: config.dataDir,
    allowGenerated: config.allowGeneratedMasterKey,
    warn: options.warn,
  });
  const keyStore = await createKeyStore(config.keyStore, masterKey);
  return new PersonalDataVault({ keyStore, cacheTtlMs: config.cacheTtlMs });
}
