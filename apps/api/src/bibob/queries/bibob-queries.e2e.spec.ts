import { settableClock, startTestApi, testRedisUrl, type SettableClock, type TestApi } from '../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

/*
 * The Bibob work list and figures over HTTP: the toetsen behind a cell only for the Bibob role,
 * counts for the analist; CSV with Kerkrade's row labels; the work list for the Bibob role only.
 */
describeWithRedis('Bibob werkvoorraad and figures over HTTP', () => {
  let api: TestApi;
  let clock: SettableClock;
  let bibob: string;
  let analist: string;

  beforeAll(async () => {
    clock = settableClock();
    api = await startTestApi(redisUrl ?? '', {}, { clock });
    bibob = await api.token(['bibob'], ['GM0928'], 'bibob-coordinator');
    analist = await api.token(['oov-analist'], ['GM0928']);
  });

  afterAll(() => api?.close());

  async function start(aanleiding: object, startdatum: string): Promise<{ zaakId: string; positie: string }> {
    clock.set(`${startdatum}T10:00:00Z`);
    const response = await api.http().post('/api/bibob/zaken').set('Authorization', `Bearer ${bibob}`).send({ gemeente: 'GM0928', startdatum, aanleiding }).expect(201);
    return { zaakId: response.body.zaakId, positie: String(response.body.position ?? '') };
  }

  it('counts a toets on a signal and one on an aanvraag; shows the toetsen only to the Bibob role', async () => {
    const signaal = await start({ soort: 'signaal', reden: 'signaal-ondermijning', betrokkeneId: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d' }, '2020-03-02');
    const aanvraag = await start(
      { soort: 'aanvraag', aanvraagtype: 'bijschrijving-leidinggevende', ontvangstdatum: '2020-04-01', aanvragerId: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d' },
      '2020-04-02',
    );
    const na = aanvraag.positie === '' ? '' : `&na=${aanvraag.positie}`;
    clock.set('2020-06-01T10:00:00Z');

    const alsBibob = await api.http().get(`/api/bibob/cijfers?gemeente=GM0928&jaar=2020${na}`).set('Authorization', `Bearer ${bibob}`).expect(200);
    expect(alsBibob.body.gestart.opSignaal).toEqual({ aantal: 1, zaakIds: [signaal.zaakId] });
    expect(alsBibob.body.gestart.perAanvraagtype['bijschrijving-leidinggevende']).toEqual({ aantal: 1, zaakIds: [aanvraag.zaakId] });

    const alsAnalist = await api.http().get('/api/bibob/cijfers?gemeente=GM0928&jaar=2020').set('Authorization', `Bearer ${analist}`).expect(200);
    expect(alsAnalist.body.gestart.opAanvraag).toEqual({ aantal: 1 });
    expect(JSON.stringify(alsAnalist.body)).not.toContain(signaal.zaakId);

    const csv = await api.http().get('/api/bibob/cijfers?gemeente=GM0928&jaar=2020&formaat=csv').set('Authorization', `Bearer ${bibob}`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('Casus opgevoerd n.a.v. signaal ondermijning;1');
    expect(csv.text).toContain('Casus opgevoerd n.a.v. nieuwe vergunningaanvragen / bijschrijven leidinggevende;1');
    expect(csv.text).not.toContain(signaal.zaakId);

    const werkvoorraad = await api.http().get('/api/bibob/zaken?gemeente=GM0928').set('Authorization', `Bearer ${bibob}`).expect(200);
    expect(werkvoorraad.body.toetsen.map((t: { zaakId: string; status: string }) => [t.zaakId, t.status])).toEqual([
      [signaal.zaakId, 'in-onderzoek'],
      [aanvraag.zaakId, 'in-onderzoek'],
    ]);
    expect(JSON.stringify(werkvoorraad.body)).not.toContain('0b7d5c1e');
    await api.http().get('/api/bibob/zaken?gemeente=GM0928').set('Authorization', `Bearer ${analist}`).expect(403);
  });
});
