import { voorbeeldBeleid } from '@handhaving/policy';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('beleid over HTTP: every status code of the command pipeline', () => {
  let api: TestApi;
  let beheer: string;
  const gemeente = 'GM0928';
  const url = `/api/beleid/${gemeente}/versies`;
  const versie = (ingangsdatum: string, recidiveTermijnMaanden = 36) => {
    const beleid = voorbeeldBeleid();
    return { ingangsdatum, beleid: { ...beleid, damocles: { ...beleid.damocles, recidiveTermijnMaanden } }, toelichting: `versie ${ingangsdatum}` };
  };

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    beheer = await api.token(['beheer'], [gemeente]);
  });

  afterAll(() => api?.close());

  it('201: sets a version, with its revision as ETag; the policy in force follows the ingangsdatum', async () => {
    const first = await api.http().post(url).set('Authorization', `Bearer ${beheer}`).send(versie('2016-01-01', 24)).expect(201);
    expect(first.headers['etag']).toBe('"0"');
    expect(first.body).toMatchObject({ streamId: 'beleid-GM0928', revision: 0, events: ['BeleidVastgesteld'], alreadyProcessed: false });
    await api.http().post(url).set('Authorization', `Bearer ${beheer}`).set('If-Match', '"0"').send(versie('2020-01-01', 36)).expect(201);
    const before = await api.http().get(`/api/beleid/${gemeente}?op=2019-12-31`).set('Authorization', `Bearer ${beheer}`).expect(200);
    const after = await api.http().get(`/api/beleid/${gemeente}?op=2020-01-01`).set('Authorization', `Bearer ${beheer}`).expect(200);
    expect(before.body.beleid.damocles.recidiveTermijnMaanden).toBe(24);
    expect(after.body.beleid.damocles.recidiveTermijnMaanden).toBe(36);
    expect(after.body.ingangsdatum).toBe('2020-01-01');
  });

  it('200 again, appending nothing: a retry with the same Idempotency-Key gets the first answer', async () => {
    const first = await api.http().post(url).set('Authorization', `Bearer ${beheer}`).set('Idempotency-Key', 'beleid-2021').send(versie('2021-01-01')).expect(201);
    const head = await api.eventStore().readHeadPosition();
    const retry = await api.http().post(url).set('Authorization', `Bearer ${beheer}`).set('Idempotency-Key', 'beleid-2021').send(versie('2021-01-01')).expect(200);
    expect(retry.body).toEqual({ ...first.body, alreadyProcessed: true });
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('412: If-Match names a revision the stream is no longer at', async () => {
    const response = await api.http().post(url).set('Authorization', `Bearer ${beheer}`).set('If-Match', '"0"').send(versie('2022-01-01')).expect(412);
    expect(response.body).toMatchObject({ status: 412, type: 'https://handhaving.nl/problemen/verouderde-versie' });
  });

  it('409: two writers at once on the same revision, one wins and the other gets a conflict', async () => {
    const current = await api.http().get(`${url}`).set('Authorization', `Bearer ${beheer}`).expect(200);
    const etag = current.headers['etag'];
    const store = api.eventStore();
    // Another writer appends between this command's read and its append.
    const original = store.readStream.bind(store);
    let intercepted = false;
    store.readStream = async (...args) => {
      const result = await original(...args);
      if (!intercepted) {
        intercepted = true;
        await store.appendToStream('beleid-GM0928', [{ type: 'BeleidVersieIngetrokken', data: { gemeente, ingangsdatum: '2021-01-01', versie: 'x', reden: 'gelijktijdig', ingetrokkenOp: '2026-01-01' } }], { expectedRevision: result.length - 1 });
      }
      return result;
    };
    try {
      const response = await api.http().post(url).set('Authorization', `Bearer ${beheer}`).set('If-Match', etag).send(versie('2023-01-01')).expect(409);
      expect(response.body).toMatchObject({ status: 409, type: 'https://handhaving.nl/problemen/gelijktijdige-wijziging' });
    } finally {
      store.readStream = original;
    }
  });

  it('422: a policy that breaks a rule, naming the field and the rule; nothing appended', async () => {
    const head = await api.eventStore().readHeadPosition();
    const beleid = voorbeeldBeleid();
    const bad = {
      ingangsdatum: '2024-01-01',
      toelichting: 'fout',
      beleid: { ...beleid, damocles: { ...beleid.damocles, recidiveTermijnMaanden: 0 } },
    };
    const response = await api.http().post(url).set('Authorization', `Bearer ${beheer}`).send(bad).expect(422).expect('Content-Type', /application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 422, rule: 'beleid/ongeldig', type: 'https://handhaving.nl/problemen/regel/beleid/ongeldig' });
    expect(response.body.errors[0].field).toBe('beleid.damocles.recidiveTermijnMaanden');
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('400: a malformed command names the field and the rule; 400 for a malformed If-Match', async () => {
    const response = await api.http().post(url).set('Authorization', `Bearer ${beheer}`).send({ ingangsdatum: '1-1-2024', toelichting: '' }).expect(400);
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['ingangsdatum', 'beleid', 'toelichting']));
    await api.http().post(url).set('Authorization', `Bearer ${beheer}`).set('If-Match', 'versie drie').send(versie('2024-01-01')).expect(400);
  });

  it('403: a role that may not change policy, and a gemeente the caller does not work for', async () => {
    const analist = await api.token(['oov-analist'], [gemeente]);
    await api.http().post(url).set('Authorization', `Bearer ${analist}`).send(versie('2024-01-01')).expect(403);
    const elders = await api.token(['beheer'], ['GM0888']);
    await api.http().post(url).set('Authorization', `Bearer ${elders}`).send(versie('2024-01-01')).expect(403);
  });

  it('404: no policy in force before the first ingangsdatum, and for a gemeente without policy', async () => {
    const early = await api.http().get(`/api/beleid/${gemeente}?op=2010-01-01`).set('Authorization', `Bearer ${beheer}`).expect(404);
    expect(early.body.detail).toMatch(/2016-01-01/);
    const other = await api.token(['beheer'], ['GM0882']);
    await api.http().get('/api/beleid/GM0882').set('Authorization', `Bearer ${other}`).expect(404);
  });

  it('answers "as known on" a date from the events recorded by then', async () => {
    const tomorrowless = await api.http().get(`/api/beleid/${gemeente}/versies?bekendOp=2000-01-01`).set('Authorization', `Bearer ${beheer}`).expect(200);
    expect(tomorrowless.body.versies).toEqual([]);
  });
});
