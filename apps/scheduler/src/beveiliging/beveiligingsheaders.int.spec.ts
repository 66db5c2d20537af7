import { describeWith, redisForTests } from '@handhaving/testing';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { BOARD_ROL, mountBullBoard } from '../beheer/bull-board';
import { SchedulerModule } from '../scheduler.module';
import { SchedulerOmgeving } from '../test-support/scheduler-harness';
import { beveiligingsheaders } from './beveiligingsheaders';

const redisUrl = redisForTests('scheduler: security headers');

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  expect(response.headers.get('x-powered-by')).toBeNull();
}

describeWith(redisUrl)('scheduler: security headers on the queue board and the health check', () => {
  let omgeving: SchedulerOmgeving;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    omgeving = await new SchedulerOmgeving(redisUrl ?? '').start();
    // As main.ts builds it: the headers first, then the board.
    app = await NestFactory.create(SchedulerModule.forRoot(omgeving.config(), { eventStore: omgeving.store, kanalen: [] }), { logger: false });
    beveiligingsheaders(app);
    mountBullBoard(app);
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    await omgeving?.close();
  });

  it('the board page: no framing, scripts only from the scheduler itself, inline styles; what the page loads fits that', async () => {
    const beheer = await omgeving.token([BOARD_ROL]);
    const board = await fetch(`${url}/admin/queues`, { headers: { authorization: `Bearer ${beheer}` } });
    expect(board.status).toBe(200);
    expectSecurityHeaders(board);
    const csp = board.headers.get('content-security-policy') ?? '';
    const directive = (name: string): string[] => csp.split(';').map((part) => part.trim().split(/\s+/)).find(([key]) => key === name)?.slice(1) ?? [];
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive('connect-src')).toEqual(["'self'"]);
    const html = await board.text();
    // Every script that runs is a file of the scheduler; a script block that is not JavaScript (the board's JSON configuration) does not run.
    for (const [, attributes, inhoud] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type=["']application\/json["']/.test(attributes)) continue;
      expect(attributes).toMatch(/src=["'](?!https?:|\/\/)/);
      expect(inhoud.trim()).toBe('');
    }
    const cookie = board.headers.get('set-cookie')?.split(';')[0] ?? '';
    for (const [, src] of html.matchAll(/<script[^>]*src=["']([^"']+)["']/g)) {
      const script = await fetch(new URL(src, `${url}/admin/queues/`), { headers: { cookie } });
      expect({ src, status: script.status, type: script.headers.get('content-type') }).toEqual({ src, status: 200, type: expect.stringMatching(/javascript/) });
    }
    const api = await fetch(`${url}/admin/queues/api/queues`, { headers: { cookie } });
    expect(api.status).toBe(200);
    expectSecurityHeaders(api);
  });

  it('a refusal of the board and the health check carry them too', async () => {
    const geweigerd = await fetch(`${url}/admin/queues`);
    expect(geweigerd.status).toBe(401);
    expectSecurityHeaders(geweigerd);
    const health = await fetch(`${url}/health/live`);
    expect(health.status).toBe(200);
    expectSecurityHeaders(health);
  });
});
