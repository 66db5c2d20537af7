import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('Damocles over HTTP: registering a rapportage opens a case', () => {
  let api: TestApi;
  let medewerker: string;
  const rapportage = {
    gemeente: 'GM0928',
    pand: { postcode: '6461 ab', huisnummer: 12, huisletter: 'a' },
    pandtype: 'woning',
    constateringsdatum: '2020-03-02',
    ontvangstdatum: '2020-03-09',
    vondsten: [
      { categorie: 'attributen', omschrijving: 'kweekapparatuur' },
      { categorie: 'softdrugs', omschrijving: 'hennepkwekerij', hoeveelheid: '120 planten' },
    ],
    betrokkenen: [],
  };

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
  });

  afterAll(() => api?.close());

  it('201 with the case id; the case shows its heaviest category, the normalised pand and a timeline', async () => {
    const created = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send(rapportage).expect(201);
    expect(created.body.events).toEqual(['RapportageOntvangen']);
    const zaak = await api.http().get(`/api/damocles/zaken/${created.body.zaakId}`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(zaak.headers['etag']).toBe('"0"');
    expect(zaak.body.tijdlijn).toHaveLength(1);
    expect(zaak.body.tijdlijn[0]).toMatchObject({ revisie: 0, stap: 'RapportageOntvangen', door: 'test-juridisch-medewerker' });
    expect(zaak.body.tijdlijn[0].gegevens).toMatchObject({ zwaarsteCategorie: 'softdrugs', pand: { sleutel: 'adres:6461AB-12-A' } });
  });

  it('400 names each wrong field; 422 names the rule; nothing is appended for either', async () => {
    const head = await api.eventStore().readHeadPosition();
    const invalid = await api
      .http()
      .post('/api/damocles/zaken')
      .set('Authorization', `Bearer ${medewerker}`)
      .send({ ...rapportage, vondsten: [], pandtype: 'kasteel', constateringsdatum: '2 maart' })
      .expect(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['constateringsdatum', 'pandtype', 'vondsten']);
    const badPostcode = await api
      .http()
      .post('/api/damocles/zaken')
      .set('Authorization', `Bearer ${medewerker}`)
      .send({ ...rapportage, pand: { postcode: '0461AB', huisnummer: 12 } })
      .expect(422);
    expect(badPostcode.body.rule).toBe('pand/postcode-ongeldig');
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('the same Idempotency-Key opens one case, not two', async () => {
    const first = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'rapportage-2020-17').send(rapportage).expect(201);
    const retry = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'rapportage-2020-17').send(rapportage).expect(200);
    expect(retry.body).toEqual({ ...first.body, alreadyProcessed: true });
  });
});
