import { voorbeeldBeleid } from '@handhaving/policy';
import { openDamocleszaak, stelVoorbeeldbeleidVast } from '../test-support/damocles';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

/*
 * The beslistermijn op bezwaar with an adviescommissie over HTTP. Sluitingsbesluit bekendgemaakt
 * Monday 6 April 2020: bezwaartermijn through Monday 18 May (art. 6:7, 6:8 Awb). Without an
 * adviescommissie the beslistermijn runs 19 May through Monday 29 June; with one, twelve weeks
 * through Monday 10 August 2020 (art. 7:10 lid 1, 7:13 Awb). From 1 May 2020 Kerkrade's policy here
 * says an adviescommissie advises on bezwaren.
 */
describeWithRedis('Damocles over HTTP: the beslistermijn op bezwaar with an adviescommissie (art. 7:10 lid 1, 3, 4 en 7:13 Awb)', () => {
  let api: TestApi;
  let medewerker: string;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
    await stelVoorbeeldbeleidVast(api);
    const beheer = await api.token(['beheer'], ['GM0928']);
    await api
      .http()
      .post('/api/beleid/GM0928/versies')
      .set('Authorization', `Bearer ${beheer}`)
      .send({ ingangsdatum: '2020-05-01', beleid: { ...voorbeeldBeleid(), bezwaar: { adviescommissie: true } }, toelichting: 'commissie bezwaarschriften ingesteld' })
      .expect(201);
  });

  afterAll(() => api?.close());

  /** A case up to its bezwaar, received 12 May 2020 with `bezwaar` as the rest of the body; its path and the last position. */
  async function zaakMetBezwaar(huisnummer: number, bezwaar: object): Promise<{ zaak: string; zaakId: string; stap: (pad: string, body: object, status?: number) => Promise<{ body: Record<string, unknown> }>; positie: () => string }> {
    const { zaakId } = await openDamocleszaak(api, medewerker, { pand: { postcode: '6461 ab', huisnummer }, datum: '2020-03-09', vondsten: [{ categorie: 'harddrugs', omschrijving: 'cocaïne, handelshoeveelheid' }] });
    const zaak = `/api/damocles/zaken/${zaakId}`;
    let positie = '';
    const stap = async (pad: string, body: object, status = 200) => {
      const response = await api.http().post(`${zaak}/${pad}`).set('Authorization', `Bearer ${medewerker}`).send(body);
      expect({ pad, status: response.status, body: response.status === status ? 'ok' : response.body }).toEqual({ pad, status, body: 'ok' });
      if (response.body.position) positie = response.body.position;
      return response;
    };
    await stap('maatregelvoorstel', { datum: '2020-03-10' });
    await stap('voornemen', { datum: '2020-03-16', maatregel: { soort: 'sluiting', duurMaanden: 3 }, verzenddatum: '2020-03-16', zienswijzetermijn: { einde: '2020-03-30' } });
    await stap('zienswijze', { datum: '2020-03-25', wijze: 'schriftelijk' });
    await stap('besluit', { datum: '2020-04-06', besluit: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { einde: '2020-04-20' }, bekendmakingsdatum: '2020-04-06' } });
    await stap('bezwaar', { datum: '2020-05-12', ontvangstdatum: '2020-05-12', ...bezwaar });
    return { zaak, zaakId, stap, positie: () => positie };
  }

  async function beslistermijn(zaakId: string, positie: string): Promise<{ einde: string; status: string; uitleg: string }> {
    const response = await api.http().get(`/api/termijnen?gemeente=GM0928&peildatum=2020-06-01&na=${positie}`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    return response.body.termijnen.find((t: { zaakId: string; soort: string }) => t.zaakId === zaakId && t.soort === 'beslistermijn-bezwaar');
  }

  it('a bezwaar under a policy with an adviescommissie gets twelve weeks (10 August); a verdaging adds six (21 September), an uitstel with consent four more (19 October)', async () => {
    const { zaak, zaakId, stap, positie } = await zaakMetBezwaar(21, {});
    const termijn = await beslistermijn(zaakId, positie());
    expect(termijn).toMatchObject({ einde: '2020-08-10', status: 'lopend' });
    expect(termijn.uitleg).toContain('met adviescommissie (art. 7:13 Awb)');
    const view = await api.http().get(zaak).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(JSON.stringify(view.body)).toContain('"adviescommissie":true');

    // 30 June is past six weeks but within twelve: the verdaging is in time.
    await stap('verdaging', { datum: '2020-06-30', lengte: { aantal: 6, eenheid: 'weken' }, reden: 'de commissie hoort partijen in augustus' });
    expect(await beslistermijn(zaakId, positie())).toMatchObject({ einde: '2020-09-21', status: 'lopend' });

    const head = await api.eventStore().readHeadPosition();
    const zonderInstemming = await stap('uitstel', { datum: '2020-07-01', lengte: { aantal: 4, eenheid: 'weken' }, reden: 'rapport volgt' }, 400);
    expect(zonderInstemming.body).toMatchObject({ errors: [{ field: 'instemming' }] });
    expect(await api.eventStore().readHeadPosition()).toBe(head);

    await stap('uitstel', { datum: '2020-07-01', lengte: { aantal: 4, eenheid: 'weken' }, reden: 'de bezwaarmaker levert een taxatierapport na', instemming: { indienerOp: '2020-06-30', andereBelanghebbenden: 'niet-geschaad' } });
    const uitgesteld = await beslistermijn(zaakId, positie());
    expect(uitgesteld).toMatchObject({ einde: '2020-10-19', status: 'lopend' });
    expect(uitgesteld.uitleg).toContain('uitgesteld met instemming met 4 weken tot en met 2020-10-19 (art. 7:10 lid 4 Awb)');
  });

  it('the medewerker may choose otherwise for one bezwaar: without an adviescommissie six weeks (29 June)', async () => {
    const { zaakId, positie } = await zaakMetBezwaar(23, { adviescommissie: false });
    expect(await beslistermijn(zaakId, positie())).toMatchObject({ einde: '2020-06-29', status: 'lopend' });
  });
});
