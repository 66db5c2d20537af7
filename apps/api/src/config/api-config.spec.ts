import { ConfigurationError, loadApiConfig } from './api-config';

describe('API configuration', () => {
  const minimal = { REDIS_URL: 'redis://127.0.0.1:6379', HANDHAVING_DEV_MODE: 'true' };

  it('starts on the embedded store in ./.data with nothing but Redis in dev mode', () => {
    const config = loadApiConfig(minimal);
    expect(config).toMatchObject({ port: 3000, dataDir: './.data', eventStore: { kind: 'embedded', dataDir: './.data' }, devMode: true, auth: { mode: 'dev' } });
  });

  it('reports every missing or invalid variable at once, one line each, saying what to set', () => {
    const error = (() => {
      try {
        loadApiConfig({ PORT: 'tachtig', EVENT_STORE_URL: 'mysql://db', LOG_LEVEL: 'luid' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems;
    expect(problems).toEqual([
      'PORT is "tachtig": use a port number from 1 to 65535',
      'EVENT_STORE_URL must start with postgres:// (PostgreSQL) or esdb:// (EventStoreDB); leave it unset for the embedded store',
      'REDIS_URL is not set: start Redis and set REDIS_URL=redis://127.0.0.1:6379 (npm start does this for you)',
      'AUTH_JWKS_URL is not set: give the JWKS URL of your OIDC provider, or set HANDHAVING_DEV_MODE=true on a development machine',
      'AUTH_ISSUER is not set: give the issuer (iss) of your OIDC provider',
      'LOG_LEVEL is "luid": use one of fatal, error, warn, info, debug, trace, silent',
    ]);
  });

  it('verifies production tokens against the identity provider when dev mode is off', () => {
    const config = loadApiConfig({ REDIS_URL: 'redis://r:6379', AUTH_JWKS_URL: 'https://idp.gemeente.nl/jwks', AUTH_ISSUER: 'https://idp.gemeente.nl' });
    expect(config.auth).toMatchObject({ mode: 'oidc', jwksUrl: 'https://idp.gemeente.nl/jwks', issuer: 'https://idp.gemeente.nl', audience: 'handhaving' });
  });

  it('refuses in production what is only for a development machine: dev-mode tokens, and the identity provider\'s keys over plain http', () => {
    const productie = { REDIS_URL: 'redis://r:6379', NODE_ENV: 'production', HANDHAVING_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') };
    expect(() => loadApiConfig({ ...productie, HANDHAVING_DEV_MODE: 'true' })).toThrow(/HANDHAVING_DEV_MODE=true with NODE_ENV=production/);
    expect(() => loadApiConfig({ ...productie, AUTH_JWKS_URL: 'http://idp.gemeente.nl/jwks', AUTH_ISSUER: 'https://idp.gemeente.nl' })).toThrow(/in production it must be an https URL/);
    expect(loadApiConfig({ ...productie, AUTH_JWKS_URL: 'https://idp.gemeente.nl/jwks', AUTH_ISSUER: 'https://idp.gemeente.nl' }).auth).toMatchObject({ mode: 'oidc' });
    // On a development machine plain http (a local identity provider) stays allowed.
    expect(loadApiConfig({ REDIS_URL: 'redis://r:6379', AUTH_JWKS_URL: 'http://localhost:8080/jwks', AUTH_ISSUER: 'http://localhost:8080' }).auth).toMatchObject({ mode: 'oidc' });
  });

  it('reads a PostgreSQL event store and keeps the keys beside it', () => {
    const config = loadApiConfig({ ...minimal, EVENT_STORE_URL: 'postgres://hh@db/handhaving' });
    expect(config.eventStore).toEqual({ kind: 'postgres', url: 'postgres://hh@db/handhaving', schema: undefined });
    expect(config.personalData.keyStore).toMatchObject({ kind: 'postgres', url: 'postgres://hh@db/handhaving' });
  });
});
