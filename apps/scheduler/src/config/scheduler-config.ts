import { EventStoreConfigError, eventStoreConfigFromEnv, type EventStoreConfig } from '@handhaving/event-store';

export interface AuthConfig {
  readonly mode: 'oidc' | 'dev';
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience: string;
  readonly rolesClaim: string;
  readonly gemeentenClaim: string;
  /** The longest a token may be valid (AUTH_MAX_TOKEN_LIFETIME_SECONDS; 24 hours). */
  readonly maxTokenLifetimeSeconds: number;
}

export interface NotificatieConfig {
  /** POST of every reminder as JSON, with an Idempotency-Key header (HERINNERING_WEBHOOK_URL). */
  readonly webhookUrl?: string;
  /** Signs each webhook delivery (HERINNERING_WEBHOOK_SECRET); required in production with a webhook. */
  readonly webhookSecret?: string;
  /** smtp(s)://user:pass@host:port (SMTP_URL). */
  readonly smtpUrl?: string;
  readonly emailVan: string;
  /** Where reminders go when the medewerker has no e-mail address as user id (HERINNERING_EMAIL_AAN). */
  readonly emailAan?: string;
  readonly timeoutMs: number;
}

export interface SchedulerConfig {
  readonly port: number;
  readonly dataDir: string;
  readonly eventStore: EventStoreConfig;
  readonly redisUrl: string;
  readonly redisKeyPrefix: string;
  readonly auth: AuthConfig;
  readonly logLevel: string;
  readonly devMode: boolean;
  /** Also run the deadlines read model in this process (SCHEDULER_RUNS_READ_MODELS; default false: the API runs it). */
  readonly runsReadModels: boolean;
  /** Reminders handled at the same time by this process. */
  readonly concurrency: number;
  /** How often the reconciler compares the deadlines with the queue. */
  readonly reconcileIntervalMs: number;
  /** A reminder missed by more than this (the scheduler was down) is no longer sent. */
  readonly inhaalvensterMs: number;
  /** Delivery attempts before a reminder is marked failed (visible in /admin/queues). */
  readonly pogingen: number;
  /** First retry delay; doubled each time. */
  readonly backoffMs: number;
  /** After this, a worker that died mid-delivery (no lock renewal) gives its reminder to another. */
  readonly lockDurationMs: number;
  readonly notificatie: NotificatieConfig;
}

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';

  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and checks every setting at start; all problems are reported at once, one line each. */
export function loadSchedulerConfig(env: NodeJS.ProcessEnv = process.env): SchedulerConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const integer = (name: string, fallback: number, min: number, unit: string): number => {
    const text = value(name);
    if (text === undefined) return fallback;
    const parsed = Number(text);
    if (!Number.isInteger(parsed) || parsed < min) {
      problems.push(`${name} is "${text}": use a whole number of ${unit} of at least ${min}`);
      return fallback;
    }
    return parsed;
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const text = value(name) ?? String(fallback);
    if (text !== 'true' && text !== 'false') problems.push(`${name} is "${text}": use true or false`);
    return text === 'true';
  };

  const port = integer('SCHEDULER_PORT', 3001, 1, 'port');
  let eventStore: EventStoreConfig = { kind: 'embedded', dataDir: './.data' };
  try {
    eventStore = eventStoreConfigFromEnv(env);
  } catch (error) {
    if (!(error instanceof EventStoreConfigError)) throw error;
    problems.push(error.message);
  }

  const redisUrl = value('REDIS_URL');
  if (!redisUrl) problems.push('REDIS_URL is not set: start Redis (with AOF, maxmemory-policy noeviction) and set REDIS_URL=redis://127.0.0.1:6379');
  else if (!/^rediss?:\/\//.test(redisUrl)) problems.push(`REDIS_URL is "${redisUrl}": it must start with redis:// or rediss://`);

  const devMode = boolean('HANDHAVING_DEV_MODE', false);
  const jwksUrl = value('AUTH_JWKS_URL');
  const issuer = value('AUTH_ISSUER');
  if (!devMode) {
    if (!jwksUrl) problems.push('AUTH_JWKS_URL is not set: /admin/queues needs the JWKS URL of your OIDC provider, or HANDHAVING_DEV_MODE=true on a development machine');
    if (!issuer) problems.push('AUTH_ISSUER is not set: give the issuer (iss) of your OIDC provider');
  }

  const webhookUrl = value('HERINNERING_WEBHOOK_URL');
  if (webhookUrl && !/^https?:\/\//.test(webhookUrl)) problems.push(`HERINNERING_WEBHOOK_URL is "${webhookUrl}": it must be an http(s) URL`);
  const webhookSecret = value('HERINNERING_WEBHOOK_SECRET');
  if (webhookSecret !== undefined && webhookSecret.length < 32) {
    problems.push(`HERINNERING_WEBHOOK_SECRET is ${webhookSecret.length} characters: use at least 32 (e.g. the output of openssl rand -hex 32), shared with the receiver`);
  }
  if (webhookUrl && webhookSecret === undefined && env['NODE_ENV'] === 'production') {
    problems.push('HERINNERING_WEBHOOK_SECRET is not set: in production every webhook delivery is signed; set a secret of at least 32 characters (openssl rand -hex 32) and give it to the receiver (docs/termijnen.md, Reminders)');
  }
  const smtpUrl = value('SMTP_URL');
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push(`SMTP_URL is "${smtpUrl}": it must start with smtp:// or smtps://`);

  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!logLevels.includes(logLevel)) problems.push(`LOG_LEVEL is "${logLevel}": use one of ${logLevels.join(', ')}`);

  const config: SchedulerConfig = {
    port,
    dataDir: value('HANDHAVING_DATA_DIR') ?? './.data',
    eventStore,
    redisUrl: redisUrl ?? '',
    redisKeyPrefix: value('REDIS_KEY_PREFIX') ?? 'hh:',
    auth: {
      mode: devMode ? 'dev' : 'oidc',
      jwksUrl,
      issuer,
      audience: value('AUTH_AUDIENCE') ?? 'handhaving',
      rolesClaim: value('AUTH_ROLES_CLAIM') ?? 'roles',
      gemeentenClaim: value('AUTH_GEMEENTEN_CLAIM') ?? 'gemeenten',
      maxTokenLifetimeSeconds: integer('AUTH_MAX_TOKEN_LIFETIME_SECONDS', 24 * 3600, 60, 'seconds'),
    },
    logLevel,
    devMode,
    runsReadModels: boolean('SCHEDULER_RUNS_READ_MODELS', false),
    concurrency: integer('SCHEDULER_CONCURRENCY', 20, 1, 'reminders'),
    reconcileIntervalMs: integer('SCHEDULER_RECONCILE_SECONDS', 300, 1, 'seconds') * 1000,
    inhaalvensterMs: integer('HERINNERING_INHAALVENSTER_UREN', 72, 0, 'hours') * 3_600_000,
    pogingen: integer('HERINNERING_POGINGEN', 10, 1, 'attempts'),
    backoffMs: integer('HERINNERING_BACKOFF_SECONDS', 30, 1, 'seconds') * 1000,
    lockDurationMs: integer('SCHEDULER_LOCK_SECONDS', 30, 1, 'seconds') * 1000,
    notificatie: {
      webhookUrl,
      webhookSecret,
      smtpUrl,
      emailVan: value('HERINNERING_EMAIL_VAN') ?? 'handhaving@localhost',
      emailAan: value('HERINNERING_EMAIL_AAN'),
      timeoutMs: integer('HERINNERING_TIMEOUT_SECONDS', 10, 1, 'seconds') * 1000,
    },
  };
  if (problems.length > 0) throw new ConfigurationError(problems);
  return config;
}
