import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('platform over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
  });

  afterAll(() => api?.close());

  it('answers liveness and readiness without a token, checking the event store and Redis', async () => {
    await api.http().get('/health/live').expect(200, { status: 'up' });
    const ready = await api.http().get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'up', checks: { eventStore: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('publishes the OpenAPI 3.1 document and the Swagger UI', async () => {
    const document = await api.http().get('/api/docs-json').expect(200);
    expect(document.body.openapi).toBe('3.1.0');
    await api.http().get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('documents the step routes built from a context’s registration with their request body and summary', async () => {
    const document = await api.http().get('/api/docs-json').expect(200);
    const voornemen = document.body.paths['/api/damocles/zaken/{zaakId}/voornemen'].post;
    expect(voornemen.summary).toMatch(/voornemen/i);
    expect(voornemen.tags).toEqual(['damocles']);
    const schema = voornemen.requestBody.content['application/json'].schema.$ref.split('/').pop();
    expect(Object.keys(document.body.components.schemas[schema].properties)).toEqual(expect.arrayContaining(['maatregel', 'verzenddatum', 'zienswijzetermijn', 'aan']));
    // Every step body has its own schema: two contexts' steps of the same name do not overwrite each other.
    const refs = Object.values(document.body.paths as Record<string, { post?: { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } } }>)
      .flatMap((operations) => (operations.post?.requestBody ? [operations.post.requestBody.content['application/json'].schema.$ref] : []))
      .filter((ref): ref is string => ref !== undefined);
    const perContext = new Map<string, Set<string>>();
    for (const [path, operations] of Object.entries(document.body.paths as Record<string, { post?: { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } } }>)) {
      const ref = operations.post?.requestBody?.content['application/json'].schema.$ref;
      if (ref === undefined) continue;
      const context = path.split('/')[2];
      perContext.set(ref, new Set([...(perContext.get(ref) ?? []), context]));
    }
    expect(refs.length).toBeGreaterThan(20);
    expect([...perContext].filter(([, contexten]) => contexten.size > 1).map(([ref]) => ref)).toEqual([]);
  });

  it('answers 401 problem+json without a token, and with a token it cannot verify', async () => {
    const missing = await api.http().get('/api/beleid/GM0928').expect(401).expect('Content-Type', /application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 401, type: 'https://handhaving.nl/problemen/niet-aangemeld', title: 'Niet aangemeld' });
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    const forged = await api.http().get('/api/beleid/GM0928').set('Authorization', 'Bearer eyJhbGciOiJub25lIn0.e30.').expect(401);
    expect(forged.body.detail).toMatch(/token/i);
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const token = await api.token(['beheer']);
    const response = await api.http().get('/api/bestaat-niet').set('Authorization', `Bearer ${token}`).expect(404);
    expect(response.body).toMatchObject({ status: 404, type: 'https://handhaving.nl/problemen/niet-gevonden' });
  });

  it('gives every response a correlation id, and keeps one the caller sends', async () => {
    const response = await api.http().get('/health/live').set('X-Correlation-Id', 'zaak-17-stap-3').expect(200);
    expect(response.headers['x-correlation-id']).toBe('zaak-17-stap-3');
  });
});
