import { EventStoreConfigError, eventStoreConfigFromEnv, type EventStoreConfig } from '@handhaving/event-store';
import { KeyStoreConfigError, personalDataConfigFromEnv, type PersonalDataConfig } from '@handhaving/personal-data';
import { rateLimitConfigFromEnv, type RateLimitConfig } from '../platform/beveiliging/rate-limit-config';

export interface AuthConfig {
  readonly mode: 'oidc' | 'dev';
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
  readonly rolesClaim: string;
  readonly gemeentenClaim: string;
  /** The longest a token may be valid (AUTH_MAX_TOKEN_LIFETIME_SECONDS; 24 hours). */
  readonly maxTokenLifetimeSeconds: number;
}

export interface ApiConfig {
  readonly port: number;
  readonly dataDir: string;
  readonly eventStore: EventStoreConfig;
  readonly personalData: PersonalDataConfig;
  readonly redisUrl: string;
  readonly redisKeyPrefix: string;
  readonly auth: AuthConfig;
  readonly logLevel: string;
  readonly devMode: boolean;
  /** Run the projection processors in this process (PROJECTIONS_ENABLED, default true). */
  readonly runProjections: boolean;
  /** How long a new agenda link stays valid (AGENDA_LINK_GELDIGHEID_DAGEN; 365 days). */
  readonly agendaLinkGeldigheidDagen: number;
  /** Requests per window per user, per client address on the agenda feed and on failed tokens; TRUST_PROXY. */
  readonly rateLimits: RateLimitConfig;
}

/** Configuration that cannot start the API: one line per variable, each saying what to set. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';

  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and checks every setting at start; all problems are reported at once. */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;

  const portText = value('PORT') ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`PORT is "${portText}": use a port number from 1 to 65535`);

  let eventStore: EventStoreConfig = { kind: 'embedded', dataDir: './.data' };
  try {
    eventStore = eventStoreConfigFromEnv(env);
  } catch (error) {
    if (!(error instanceof EventStoreConfigError)) throw error;
    problems.push(error.message);
  }

  let personalData: PersonalDataConfig | undefined;
  try {
    personalData = personalDataConfigFromEnv(env);
  } catch (error) {
    if (!(error instanceof KeyStoreConfigError)) throw error;
    problems.push(error.message);
  }

  const redisUrl = value('REDIS_URL');
  if (!redisUrl) problems.push('REDIS_URL is not set: start Redis and set REDIS_URL=redis://127.0.0.1:6379 (npm start does this for you)');
  else if (!/^rediss?:\/\//.test(redisUrl)) problems.push(`REDIS_URL is "${redisUrl}": it must start with redis:// or rediss://`);

  const devModeText = value('HANDHAVING_DEV_MODE') ?? 'false';
  if (devModeText !== 'true' && devModeText !== 'false') problems.push(`HANDHAVING_DEV_MODE is "${devModeText}": use true or false`);
  const devMode = devModeText === 'true';
  const production = env['NODE_ENV'] === 'production';
  // The development issuer mints a token for anyone with any role: never where the data is real.
  if (devMode && production) problems.push('HANDHAVING_DEV_MODE=true with NODE_ENV=production: development tokens (any user, any role) are never accepted in production; set AUTH_JWKS_URL and AUTH_ISSUER of your OIDC provider');

  const jwksUrl = value('AUTH_JWKS_URL');
  const issuer = value('AUTH_ISSUER');
  const audience = value('AUTH_AUDIENCE') ?? 'handhaving';
  const lifetimeText = value('AUTH_MAX_TOKEN_LIFETIME_SECONDS');
  const maxTokenLifetimeSeconds = lifetimeText === undefined ? 24 * 3600 : Number(lifetimeText);
  if (!Number.isInteger(maxTokenLifetimeSeconds) || maxTokenLifetimeSeconds < 60) problems.push(`AUTH_MAX_TOKEN_LIFETIME_SECONDS is "${lifetimeText}": use a whole number of seconds of at least 60`);
  if (!devMode) {
    if (!jwksUrl) problems.push('AUTH_JWKS_URL is not set: give the JWKS URL of your OIDC provider, or set HANDHAVING_DEV_MODE=true on a development machine');
    else if (!/^https?:\/\//.test(jwksUrl)) problems.push(`AUTH_JWKS_URL is "${jwksUrl}": it must be an http(s) URL`);
    // The keys that decide who is who: fetched over TLS in production.
    else if (production && !jwksUrl.startsWith('https://')) problems.push(`AUTH_JWKS_URL is "${jwksUrl}": in production it must be an https URL (the keys that verify every token)`);
    if (!issuer) problems.push('AUTH_ISSUER is not set: give the issuer (iss) of your OIDC provider');
  }

  const projectionsText = value('PROJECTIONS_ENABLED') ?? 'true';
  if (projectionsText !== 'true' && projectionsText !== 'false') problems.push(`PROJECTIONS_ENABLED is "${projectionsText}": use true or false`);

  const geldigheidText = value('AGENDA_LINK_GELDIGHEID_DAGEN');
  const agendaLinkGeldigheidDagen = geldigheidText === undefined ? 365 : Number(geldigheidText);
  if (!Number.isInteger(agendaLinkGeldigheidDagen) || agendaLinkGeldigheidDagen < 1 || agendaLinkGeldigheidDagen > 3650) {
    problems.push(`AGENDA_LINK_GELDIGHEID_DAGEN is "${geldigheidText}": use a whole number of days from 1 to 3650`);
  }

  const rateLimits = rateLimitConfigFromEnv(env, problems);

  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!logLevels.includes(logLevel)) problems.push(`LOG_LEVEL is "${logLevel}": use one of ${logLevels.join(', ')}`);

  if (problems.length > 0 || !personalData) throw new ConfigurationError(problems);
  return {
    personalData,
    port,
    dataDir: value('HANDHAVING_DATA_DIR') ?? './.data',
    eventStore,
    redisUrl: redisUrl ?? '',
    redisKeyPrefix: value('REDIS_KEY_PREFIX') ?? 'hh:',
    auth: {
      mode: devMode ? 'dev' : 'oidc',
      jwksUrl,
      issuer,
      audience,
      rolesClaim: value('AUTH_ROLES_CLAIM') ?? 'roles',
      gemeentenClaim: value('AUTH_GEMEENTEN_CLAIM') ?? 'gemeenten',
      maxTokenLifetimeSeconds,
    },
    logLevel,
    devMode,
    runProjections: projectionsText === 'true',
    agendaLinkGeldigheidDagen,
    rateLimits,
  };
}
