import { KeyStoreConfigError } from './errors';
import { personalDataConfigFromEnv } from './personal-data-config';

describe('personalDataConfigFromEnv', () => {
  it('keeps the keys in keys.sqlite in the data folder by default, with a 60 s cache, development key allowed', () => {
    expect(personalDataConfigFromEnv({})).toEqual({
      keyStore: { kind: 'embedded', dataDir: './.data' },
      dataDir: './.data',
      allowGeneratedMasterKey: true,
      cacheTtlMs: 60_000,
    });
  });

  it('puts the keys beside events on PostgreSQL, in a schema of their own', () => {
    const config = personalDataConfigFromEnv({ EVENT_STORE_URL: 'postgres://db/handhaving', NODE_ENV: 'production' });
    expect(config.keyStore).toEqual({ kind: 'postgres', url: 'postgres://db/handhaving', schema: 'handhaving_keys' });
    expect(config.allowGeneratedMasterKey).toBe(false);
  });

  it('takes KEY_STORE_URL and KEY_STORE_SCHEMA over the event store, e.g. beside EventStoreDB', () => {
    const config = personalDataConfigFromEnv({
      EVENT_STORE_URL: 'esdb://localhost:2113?tls=false',
      KEY_STORE_URL: 'postgresql://keys/handhaving',
      KEY_STORE_SCHEMA: 'sleutels',
      HANDHAVING_KEY_CACHE_TTL_SECONDS: '5',
    });
    expect(config.keyStore).toEqual({ kind: 'postgres', url: 'postgresql://keys/handhaving', schema: 'sleutels' });
    expect(config.cacheTtlMs).toBe(5_000);
    expect(personalDataConfigFromEnv({ EVENT_STORE_URL: 'esdb://localhost:2113' }).keyStore.kind).toBe('embedded');
  });

  it.each([
    [{ KEY_STORE_URL: 'esdb://localhost:2113' }, 'KEY_STORE_URL must start with postgres://'],
    [{ KEY_STORE_SCHEMA: 'Keys; DROP' }, 'KEY_STORE_SCHEMA is "Keys; DROP"'],
    [{ HANDHAVING_KEY_CACHE_TTL_SECONDS: 'een minuut' }, 'HANDHAVING_KEY_CACHE_TTL_SECONDS is "een minuut"'],
  ])('refuses %j in one line', (env, message) => {
    expect(() => personalDataConfigFromEnv(env)).toThrow(KeyStoreConfigError);
    expect(() => personalDataConfigFromEnv(env)).toThrow(message);
  });
});
