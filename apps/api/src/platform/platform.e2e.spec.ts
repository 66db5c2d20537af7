import { voorbeeldBeleid } from '@handhaving/policy';
import { bibobApi } from '../bibob/bibob.api-context';
import { damoclesApi } from '../damocles/damocles.api-context';
import { dwangsomApi } from '../dwangsom/dwangsom.api-context';
import { kamerverhuurregisterApi } from '../kamerverhuur/register/register.api-context';
import { kamerverhuurtrajectApi } from '../kamerverhuur/traject/traject.api-context';
import { kamerverhuurvergunningApi } from '../kamerverhuur/vergunning/vergunning.api-context';
import { rapportageBody } from '../test-support/damocles';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';
import type { ApiZaakcontext } from './zaakstappen/api-zaakcontext';

/** Every context registered with the API's step routes. */
const REGISTRATIES: readonly ApiZaakcontext[] = [damoclesApi, dwangsomApi, bibobApi, kamerverhuurregisterApi, kamerverhuurvergunningApi, kamerverhuurtrajectApi];

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
    // A schema name stands for one class: two contexts' step bodies of the same name but another shape
    // do not overwrite each other (a body shared as the same class, as the Awb steps of kamerverhuur, may be one schema).
    const klassen = new Map<string, Set<unknown>>();
    for (const definitie of REGISTRATIES) {
      for (const stap of definitie.stappen) {
        const ref: string = document.body.paths[`/api/${definitie.context.naam}/zaken/{zaakId}/${stap.pad}`].post.requestBody.content['application/json'].schema.$ref;
        klassen.set(ref, new Set([...(klassen.get(ref) ?? []), stap.request]));
      }
    }
    expect(klassen.size).toBeGreaterThan(20);
    expect([...klassen].filter(([, verschillend]) => verschillend.size > 1).map(([ref]) => ref)).toEqual([]);
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

  describe('Idempotency-Key: the key stands for one command (method, route and body)', () => {
    const rapportage = rapportageBody();
    const andereInhoud = {
      status: 422,
      type: 'https://handhaving.nl/problemen/regel/idempotency-key/andere-inhoud',
      rule: 'idempotency-key/andere-inhoud',
      detail: 'Deze Idempotency-Key is al gebruikt voor een andere opdracht: kies een nieuwe sleutel',
    };

    it('opening a case: the same body (in any key order) gets the first answer; another body is 422 and appends nothing', async () => {
      const medewerker = await api.token(['juridisch-medewerker'], ['GM0928', 'GM0363']);
      const post = (body: object) => api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'rapportage-idem-1').send(body);
      const first = await post(rapportage).expect(201);
      const head = await api.eventStore().readHeadPosition();
      const reordered = Object.fromEntries(Object.entries(rapportage).reverse());
      const retry = await post(reordered).expect(200);
      expect(retry.body).toEqual({ ...first.body, alreadyProcessed: true });

      // A correction sent under the key of the first: the key names the case, so without the fingerprint it got the first answer.
      const other = await post({ ...rapportage, constateringsdatum: '2020-03-03' }).expect(422).expect('Content-Type', /application\/problem\+json/);
      expect(other.body).toMatchObject(andereInhoud);
      expect(other.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key', rule: 'idempotency-key/andere-inhoud' })]);
      // Another gemeente in the body lands on the same case too: still the key's misuse, not a case that does not exist.
      await post({ ...rapportage, gemeente: 'GM0363' }).expect(422);
      expect(await api.eventStore().readHeadPosition()).toBe(head);
    });

    it('the key of one step sent to another step of the same case is 422; the step with its own key goes through', async () => {
      const medewerker = await api.token(['juridisch-medewerker']);
      const opened = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'rapportage-idem-2').send(rapportage).expect(201);
      const head = await api.eventStore().readHeadPosition();
      const step = await api.http().post(`/api/damocles/zaken/${opened.body.zaakId}/maatregelvoorstel`).set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'rapportage-idem-2').send({}).expect(422);
      expect(step.body).toMatchObject(andereInhoud);
      expect(await api.eventStore().readHeadPosition()).toBe(head);
    });

    it('the same key on another route of the same stream is 422; the same request again is the first answer', async () => {
      const beheer = await api.token(['beheer']);
      const versies = '/api/beleid/GM0928/versies';
      const vastgesteld = await api.http().post(versies).set('Authorization', `Bearer ${beheer}`).set('Idempotency-Key', 'beleid-idem-2019').send({ ingangsdatum: '2019-01-01', beleid: voorbeeldBeleid(), toelichting: 'test' }).expect(201);
      const head = await api.eventStore().readHeadPosition();
      const intrekken = await api.http().post(`${versies}/2019-01-01/intrekken`).set('Authorization', `Bearer ${beheer}`).set('Idempotency-Key', 'beleid-idem-2019').send({ reden: 'vergissing' }).expect(422);
      expect(intrekken.body).toMatchObject(andereInhoud);
      expect(await api.eventStore().readHeadPosition()).toBe(head);
      const retry = await api.http().post(versies).set('Authorization', `Bearer ${beheer}`).set('Idempotency-Key', 'beleid-idem-2019').send({ ingangsdatum: '2019-01-01', beleid: voorbeeldBeleid(), toelichting: 'test' }).expect(200);
      expect(retry.body).toEqual({ ...vastgesteld.body, alreadyProcessed: true });
    });

    it('stores the fingerprint beside the command id; a command without the key stores none', async () => {
      const medewerker = await api.token(['juridisch-medewerker']);
      const keyed = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'rapportage-idem-3').send(rapportage).expect(201);
      const plain = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send(rapportage).expect(201);
      const [withKey] = await api.eventStore().readStream(keyed.body.streamId);
      const [withoutKey] = await api.eventStore().readStream(plain.body.streamId);
      expect(withKey.metadata).toMatchObject({ commandId: 'rapportage-idem-3', commandFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(withoutKey.metadata.commandFingerprint).toBeUndefined();
    });
  });

  it('gives every response a correlation id, and keeps one the caller sends', async () => {
    const response = await api.http().get('/health/live').set('X-Correlation-Id', 'zaak-17-stap-3').expect(200);
    expect(response.headers['x-correlation-id']).toBe('zaak-17-stap-3');
  });
});
