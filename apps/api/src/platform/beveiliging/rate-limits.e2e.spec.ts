import { startTestApi, testRedisUrl, type TestApi } from '../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

const LIMIET = 5;

describeWithRedis('rate limits: 429 problem+json with Retry-After, per user, per client address', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '', {
      RATE_LIMIT_WINDOW_SECONDS: '600',
      RATE_LIMIT_PER_USER: String(LIMIET),
      RATE_LIMIT_PUBLIC_PER_IP: String(LIMIET),
      RATE_LIMIT_FAILED_AUTH_PER_IP: String(LIMIET),
    });
  });

  afterAll(() => api?.close());

  function expectTeVeel(response: { status: number; headers: Record<string, string>; text: string }): void {
    expect({ status: response.status, contentType: response.headers['content-type'] }).toEqual({ status: 429, contentType: expect.stringMatching(/^application\/problem\+json/) });
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(JSON.parse(response.text)).toMatchObject({ type: 'https://handhaving.nl/problemen/te-veel-verzoeken', status: 429, title: 'Te veel verzoeken', detail: expect.stringContaining(`${LIMIET}`) });
  }

  it('the agenda feed hammered with wrong links: 404 for the first ones, then 429 from that address', async () => {
    for (let i = 0; i < LIMIET; i++) await api.http().get(`/api/termijnen/agenda/geraden-${i}.ics`).expect(404);
    expectTeVeel(await api.http().get('/api/termijnen/agenda/geraden-nog-een.ics'));
    expectTeVeel(await api.http().get('/api/termijnen/agenda/en-nog-een.ics'));
    // Before the request log, so logged by itself: once per block.
    expect(api.logs().match(/Rate limit publicPerIp bereikt/g)).toHaveLength(1);
    // Health checks of the orchestrator come from one address too and are never limited.
    for (let i = 0; i <= LIMIET; i++) await api.http().get('/health/live').expect(200);
  });

  it('a token over its limit gets 429; another user keeps going', async () => {
    const druk = await api.token(['juridisch-medewerker'], ['GM0928'], 'druk@gemeente.example');
    const rustig = await api.token(['juridisch-medewerker'], ['GM0928'], 'rustig@gemeente.example');
    for (let i = 0; i < LIMIET; i++) await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${druk}`).expect(200);
    expectTeVeel(await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${druk}`));
    // Also a new token of the same user: the limit is the user's.
    const drukOpnieuw = await api.token(['juridisch-medewerker', 'toezichthouder'], ['GM0928'], 'druk@gemeente.example');
    expectTeVeel(await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${drukOpnieuw}`));
    await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${rustig}`).expect(200);
  });

  it('an import counts once, however many lines it carries', async () => {
    const importeur = await api.token(['juridisch-medewerker', 'beheer'], ['GM0928'], 'importeur@gemeente.example');
    const opdrachten = Array.from({ length: 3 * LIMIET }, (_, i) => ({ opdracht: 'POST /api/betrokkenen', body: { gemeente: 'GM0928', soort: 'persoon', naam: `Regel ${i}` } }));
    const response = await api.http().post('/api/import').set('Authorization', `Bearer ${importeur}`).send({ opdrachten }).expect(200);
    expect(response.body.uitkomsten.map((uitkomst: { status: number }) => uitkomst.status)).toEqual(opdrachten.map(() => 201));
    await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${importeur}`).expect(200);
  });

  it('tokens that fail verification from one address: 401 for the first ones, then 429; a valid token from there still passes', async () => {
    for (let i = 0; i < LIMIET; i++) await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer geraden.${i}.token`).expect(401);
    expectTeVeel(await api.http().get('/api/termijnen/agenda-link').set('Authorization', 'Bearer geraden.nog.een'));
    // A request without any token costs nothing to refuse and is not counted: still 401.
    await api.http().post('/api/damocles/zaken').send({}).expect(401);
    const geldig = await api.token(['juridisch-medewerker'], ['GM0928'], 'geldig@gemeente.example');
    await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${geldig}`).expect(200);
  });
});
