import { openDamocleszaak, stelVoorbeeldbeleidVast } from '../../../test-support/damocles';
import { startTestApi, testRedisUrl, type TestApi } from '../../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('GET /api/damocles/zaken: the werkvoorraad of a gemeente over HTTP', () => {
  let api: TestApi;
  let medewerker: string;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
    await stelVoorbeeldbeleidVast(api);
  });

  afterAll(() => api?.close());

  const werkvoorraad = async (query: string, token = medewerker, status = 200) => (await api.http().get(`/api/damocles/zaken?${query}`).set('Authorization', `Bearer ${token}`).expect(status)).body;

  it('a case is on it from its rapportage, moves with each step and leaves when it ends', async () => {
    const created = await openDamocleszaak(api, medewerker, { pand: { postcode: '6461AB', huisnummer: 40 }, constateringsdatum: '2024-05-06', ontvangstdatum: '2024-05-07' });
    const { zaakId } = created;
    const opDeLijst = async (position: string) => (await werkvoorraad(`gemeente=GM0928&na=${position}`)).zaken.find((zaak: { zaakId: string }) => zaak.zaakId === zaakId);

    expect(await opDeLijst(created.position)).toMatchObject({
      status: 'rapportage-ontvangen',
      volgendeStap: 'Maatregel voorstellen volgens de beleidsladder',
      zwaarsteCategorie: 'softdrugs',
      laatsteStap: { stap: 'RapportageOntvangen', door: 'test-juridisch-medewerker' },
    });

    const voorstel = await api.http().post(`/api/damocles/zaken/${zaakId}/maatregelvoorstel`).set('Authorization', `Bearer ${medewerker}`).send({ datum: '2024-05-08' }).expect(200);
    expect(await opDeLijst(voorstel.body.position)).toMatchObject({ status: 'maatregel-voorgesteld', volgendeStap: expect.stringMatching(/^Voornemen verzenden \(/), laatsteStap: { stap: 'MaatregelVoorgesteld', datum: '2024-05-08' } });

    const afzien = await api
      .http()
      .post(`/api/damocles/zaken/${zaakId}/besluit`)
      .set('Authorization', `Bearer ${medewerker}`)
      .send({ datum: '2024-05-10', besluit: { soort: 'afzien', motivering: 'de bewoner is overleden; het pand staat leeg' } })
      .expect(200);
    expect(await opDeLijst(afzien.body.position)).toBeUndefined();
  });

  it('only the medewerkers of the gemeente see it; a wrong filter is a 400 naming the field', async () => {
    expect(await werkvoorraad('gemeente=GM0928&status=voornemen-verzonden,gereed-voor-besluit')).toMatchObject({ gemeente: 'GM0928' });
    const fout = await werkvoorraad('gemeente=GM0928&status=gesloten', medewerker, 400);
    expect(fout.errors).toEqual([expect.objectContaining({ field: 'status', rule: 'isIn' })]);
    await werkvoorraad('gemeente=GM0882', medewerker, 403);
    await werkvoorraad('gemeente=GM0928', await api.token(['oov-analist']), 403);
  });
});
