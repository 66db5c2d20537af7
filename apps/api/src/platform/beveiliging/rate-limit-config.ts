/** The rate limits of the API, read from the environment with the rest of its configuration. */
export interface RateLimitConfig {
  /** The window every limit counts in (RATE_LIMIT_WINDOW_SECONDS; 60). */
  readonly windowSeconds: number;
  /** Requests per window per authenticated user (RATE_LIMIT_PER_USER; 120,000): an import request counts once, not per line. */
  readonly perUser: number;
  /** Requests per window per client IP to the public routes but health (RATE_LIMIT_PUBLIC_PER_IP; 300): the agenda feed. */
  readonly publicPerIp: number;
  /** Tokens failing verification per window per client IP (RATE_LIMIT_FAILED_AUTH_PER_IP; 100); a request without a token is not counted. */
  readonly failedAuthPerIp: number;
  /**
   * Express's `trust proxy` (TRUST_PROXY; unset: the socket's address is the client): behind a
   * reverse proxy the number of proxies in front (`1`) or their addresses, so that the per-IP
   * limits count the client's address from X-Forwarded-For and not the proxy's.
   */
  readonly trustProxy: false | number | string;
}

export const defaultRateLimits: Omit<RateLimitConfig, 'trustProxy'> = { windowSeconds: 60, perUser: 120_000, publicPerIp: 300, failedAuthPerIp: 100 };

/** Reads the rate limits; each wrong value adds a line to `problems` (a limit of 0 turns that limit off). */
export function rateLimitConfigFromEnv(env: NodeJS.ProcessEnv, problems: string[]): RateLimitConfig {
  const count = (name: string, fallback: number, min: number): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) {
      problems.push(`${name} is "${text}": use a whole number of at least ${min}${min === 0 ? ' (0 turns the limit off)' : ''}`);
      return fallback;
    }
    return value;
  };
  return {
    windowSeconds: count('RATE_LIMIT_WINDOW_SECONDS', defaultRateLimits.windowSeconds, 1),
    perUser: count('RATE_LIMIT_PER_USER', defaultRateLimits.perUser, 0),
    publicPerIp: count('RATE_LIMIT_PUBLIC_PER_IP', defaultRateLimits.publicPerIp, 0),
    failedAuthPerIp: count('RATE_LIMIT_FAILED_AUTH_PER_IP', defaultRateLimits.failedAuthPerIp, 0),
    trustProxy: trustProxyFromEnv(env['TRUST_PROXY']?.trim(), problems),
  };
}

function trustProxyFromEnv(text: string | undefined, problems: string[]): false | number | string {
  if (!text || text === 'false') return false;
  // `true` takes the left-most X-Forwarded-For, which any client writes itself: every per-IP limit would be its to choose.
  if (text === 'true') {
    problems.push('TRUST_PROXY is "true": give the number of reverse proxies in front of the API (1), or their addresses (10.0.0.0/8), not true');
    return false;
  }
  return /^\d+$/.test(text) ? Number(text) : text;
}
