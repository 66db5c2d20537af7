import { defaultRateLimits, rateLimitConfigFromEnv } from './rate-limit-config';

describe('rate limits from the environment', () => {
  it('defaults generous enough for an import and the benchmarks; no proxy trusted', () => {
    const problems: string[] = [];
    expect(rateLimitConfigFromEnv({}, problems)).toEqual({ ...defaultRateLimits, trustProxy: false });
    expect(problems).toEqual([]);
  });

  it('reads each limit, 0 turns one off, TRUST_PROXY as a number of proxies or their addresses', () => {
    const problems: string[] = [];
    const env = { RATE_LIMIT_WINDOW_SECONDS: '10', RATE_LIMIT_PER_USER: '0', RATE_LIMIT_PUBLIC_PER_IP: '20', RATE_LIMIT_FAILED_AUTH_PER_IP: '3', TRUST_PROXY: '1' };
    expect(rateLimitConfigFromEnv(env, problems)).toEqual({ windowSeconds: 10, perUser: 0, publicPerIp: 20, failedAuthPerIp: 3, trustProxy: 1 });
    expect(rateLimitConfigFromEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }, problems).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(problems).toEqual([]);
  });

  it('names every wrong value; TRUST_PROXY=true is refused (any client could choose its own address)', () => {
    const problems: string[] = [];
    rateLimitConfigFromEnv({ RATE_LIMIT_WINDOW_SECONDS: '0', RATE_LIMIT_PER_USER: 'veel', TRUST_PROXY: 'true' }, problems);
    expect(problems).toEqual([
      expect.stringMatching(/^RATE_LIMIT_WINDOW_SECONDS is "0": use a whole number of at least 1/),
      expect.stringMatching(/^RATE_LIMIT_PER_USER is "veel": use a whole number of at least 0 \(0 turns the limit off\)/),
      expect.stringMatching(/^TRUST_PROXY is "true": give the number of reverse proxies/),
    ]);
  });
});
