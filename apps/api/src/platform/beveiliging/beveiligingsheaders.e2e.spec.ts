import type { Response } from 'supertest';
import { startTestApi, testRedisUrl, type TestApi } from '../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

/** The headers a browser needs to keep an answer of the API from being sniffed, framed or run. */
function expectSecurityHeaders(response: Response): void {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['x-powered-by']).toBeUndefined();
}

describeWithRedis('security headers on every answer of the API', () => {
  let api: TestApi;
  let medewerker: string;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
  });

  afterAll(() => api?.close());

  it('a JSON answer allows nothing to run, load or frame it (CSP default-src none), nosniff, no X-Powered-By', async () => {
    const response = await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${medewerker}`).expect(200);
    expectSecurityHeaders(response);
    expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/);
    // Cases, people and figures of today: no proxy or browser keeps an answer.
    expect(response.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(await api.http().get('/health/live').expect(200));
  });

  it('a problem+json error carries them too: a 401 before the body is read, and a 404 of a route', async () => {
    const anoniem = await api.http().post('/api/damocles/zaken').send({}).expect(401);
    expect(anoniem.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectSecurityHeaders(anoniem);
    const onbekend = await api.http().get('/api/bestaat-niet').set('Authorization', `Bearer ${medewerker}`).expect(404);
    expect(onbekend.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect([anoniem.headers['cache-control'], onbekend.headers['cache-control']]).toEqual(['no-store', 'no-store']);
    expectSecurityHeaders(onbekend);
  });

  it('Swagger UI at /api/docs gets a CSP it works under: scripts only from the API itself, inline styles, no framing', async () => {
    const page = await api.http().get('/api/docs').redirects(1).expect(200);
    expectSecurityHeaders(page);
    const csp = page.headers['content-security-policy'] as string;
    const directive = (name: string): string[] => csp.split(';').map((part) => part.trim().split(/\s+/)).find(([key]) => key === name)?.slice(1) ?? [];
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive('connect-src')).toEqual(["'self'"]);
    // What the page needs under that policy: every script is a file of the API (no inline script), every stylesheet too.
    const scripts = [...page.text.matchAll(/<script([^>]*)>/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toMatch(/src=["'](?!https?:|\/\/)/);
    for (const [, href] of page.text.matchAll(/<link[^>]*href=["']([^"']+)["']/g)) expect(href).not.toMatch(/^(https?:)?\/\//);
    for (const [, src] of page.text.matchAll(/<script[^>]*src=["']([^"']+)["']/g)) {
      const script = await api.http().get(new URL(src, 'http://api/api/docs/').pathname).expect(200);
      expect(script.headers['content-type']).toMatch(/javascript/);
    }
    // The document itself is data: the strict policy.
    const document = await api.http().get('/api/docs-json').expect(200);
    expect(document.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });
});
