import { startTestApi, testRedisUrl, type TestApi } from '../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(60_000);

/* The request log never shows a secret a URL carries: the agenda link's token, a token in a query string. */
describeWithRedis('the request log keeps the secrets out of URLs', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
  });

  afterAll(() => api?.close());

  it('logs the agenda feed’s request without its token, and a token put in a query string as [verwijderd]', async () => {
    const medewerker = await api.token(['juridisch-medewerker']);
    const link = await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${medewerker}`).expect(200);
    await api.http().get(link.body.url).expect(200);
    const geheim = String(link.body.url).replace(/^.*\/agenda\//, '').replace(/\.ics$/, '');
    await api.http().get(`/api/termijnen?gemeente=GM0928&access_token=${geheim}`).set('Authorization', `Bearer ${medewerker}`);
    // The lines are written when each response has finished.
    await new Promise((klaar) => setTimeout(klaar, 100));
    const log = api.logs();
    expect(log).toContain('"url":"/api/termijnen/agenda/[verwijderd].ics"');
    expect(log).toContain('access_token=[verwijderd]');
    expect(log).not.toContain(geheim);
    expect(log).not.toContain(medewerker);
  });

  it('names who asked in the request line: the user and their gemeenten once the token was verified (the events name them too)', async () => {
    const medewerker = await api.token(['juridisch-medewerker'], ['GM0928'], 'mw-logregel');
    await api.http().get('/api/termijnen?gemeente=GM0928').set('Authorization', `Bearer ${medewerker}`).set('X-Correlation-Id', 'logregel-1').expect(200);
    await api.http().get('/api/termijnen?gemeente=GM1903').set('Authorization', `Bearer ${medewerker}`).set('X-Correlation-Id', 'logregel-2').expect(403);
    await new Promise((klaar) => setTimeout(klaar, 100));
    const regels = api
      .logs()
      .split('\n')
      .filter((regel) => regel.includes('"logregel-'))
      .map((regel) => JSON.parse(regel) as { req: { id: string }; userId?: string; gemeenten?: string[] });
    expect(regels.map((regel) => [regel.req.id, regel.userId, regel.gemeenten])).toEqual([
      ['logregel-1', 'mw-logregel', ['GM0928']],
      ['logregel-2', 'mw-logregel', ['GM0928']],
    ]);
  });
});
