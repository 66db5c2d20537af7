import { voorbeeldBeleid } from '@handhaving/policy';
import { DwangsomVanuitKamerverhuur } from '../../../dwangsom/processen/dwangsom-vanuit-kamerverhuur.process';
import { RegisterVolgtVergunningEnTraject } from '../../../kamerverhuur/processen/register-volgt-vergunning-en-traject.process';
import { registerZaakId } from '../../../kamerverhuur/register/register-zaak';
import { dwangsomzaakVanTraject } from '../../../kamerverhuur/traject/traject.api-context';
import { settableClock, startTestApi, testRedisUrl, type TestApi } from '../../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

/*
 * Kerkrade, 2021: one pand, 6461 AB 60. Entered in the kamerverhuur register on Monday 4 January,
 * a kamerverhuurvergunning asked the 5th, a Damocles rapportage about the same address received
 * the 6th; the toezichthouder finds rooms let on Wednesday 20 January, the traject chooses a last
 * onder dwangsom on 1 February and the process manager opens its dwangsom case, whose voornemen
 * goes out on the 3rd. Each step is recorded on its own day (the test clock), so the dossier of
 * 10 January knows nothing of the traject, and that of 5 February knows it all.
 */
describeWithRedis('GET /api/panden/dossier: a pand across kamerverhuur, Damocles and dwangsom on a day', () => {
  const clock = settableClock();
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '', {}, { clock });
  });

  afterAll(() => api?.close());

  it('shows each case as known at the end of the day asked: the earlier day has no traject, no dwangsom case, no later step', async () => {
    const op = (dag: string) => clock.set(`${dag}T09:00:00Z`);
    const beheer = { Authorization: `Bearer ${await api.token(['beheer'], ['GM0928'])}` };
    const auth = { Authorization: `Bearer ${await api.token(['juridisch-medewerker'], ['GM0928'], 'mw-dossier')}` };
    const pand = { postcode: '6461 AB', huisnummer: 60 };

    op('2021-01-04');
    await api.http().post('/api/beleid/GM0928/versies').set(beheer).send({ ingangsdatum: '2016-01-01', beleid: voorbeeldBeleid(), toelichting: 'dossier' }).expect(201);
    const betrokkene = await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'D. Verhuurder' }).expect(201);
    const eigenaarId: string = betrokkene.body.betrokkeneId;
    await api.http().post('/api/kamerverhuurregister/zaken').set(auth).send({ gemeente: 'GM0928', pand, aantalKamers: 6, betrokkenen: { eigenaarId }, ingangsdatum: '2021-01-04', datum: '2021-01-04' }).expect(201);

    op('2021-01-05');
    const vergunning = await api.http().post('/api/kamerverhuurvergunning/zaken').set(auth).send({ gemeente: 'GM0928', pand, aanvragerId: eigenaarId, aantalKamers: 6, ontvangstdatum: '2021-01-05', datum: '2021-01-05' }).expect(201);

    op('2021-01-06');
    const rapportage = await api
      .http()
      .post('/api/damocles/zaken')
      .set(auth)
      .send({
        gemeente: 'GM0928',
        pand: { postcode: '6461AB', huisnummer: 60 },
        pandtype: 'woning',
        constateringsdatum: '2021-01-04',
        ontvangstdatum: '2021-01-06',
        vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij op zolder' }],
        betrokkenen: [],
      })
      .expect(201);

    op('2021-01-20');
    const gestart = await api
      .http()
      .post('/api/kamerverhuurtraject/zaken')
      .set(auth)
      .send({ gemeente: 'GM0928', pand, soort: 'kamerverhuur', overtrederId: eigenaarId, constateringsdatum: '2021-01-20', toezichthouder: 'toezichthouder J. Smeets', bevindingen: 'zes namen op de bellen', datum: '2021-01-20' })
      .expect(201);
    const trajectId: string = gestart.body.zaakId;
    // The register follows the traject (in handhaving from the constatering), recorded the same day.
    expect(await api.app.get(RegisterVolgtVergunningEnTraject).waitForPosition(BigInt(gestart.body.position), 10_000)).toBe(true);
    const stap = async (pad: string, body: object) => (await api.http().post(`/api/kamerverhuurtraject/zaken/${trajectId}/${pad}`).set(auth).send(body).expect(200)).body;

    op('2021-01-25');
    await stap('vooraankondiging', { verzenddatum: '2021-01-25', datum: '2021-01-25' });
    op('2021-02-01');
    const keuze = await stap('last-onder-dwangsom', { motivering: 'de verhuur gaat door na de vooraankondiging', datum: '2021-02-01' });
    // The process manager opens the dwangsom case on the same day.
    expect(await api.app.get(DwangsomVanuitKamerverhuur).waitForPosition(BigInt(keuze.position), 10_000)).toBe(true);
    const dwangsomId = dwangsomzaakVanTraject(trajectId);

    op('2021-02-03');
    const voornemen = await api
      .http()
      .post(`/api/dwangsom/zaken/${dwangsomId}/voornemen`)
      .set(auth)
      .send({ verzenddatum: '2021-02-03', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, datum: '2021-02-03' })
      .expect(200);

    const dossier = async (vraag: string, token = auth) => (await api.http().get(`/api/panden/dossier?gemeente=GM0928&${vraag}&na=${voornemen.body.position}`).set(token).expect(200)).body;

    // 10 January: the register entry, the aanvraag and the Damocles find; no traject, no dwangsom case.
    const vroeg = await dossier('postcode=6461AB&huisnummer=60&op=2021-01-10');
    expect(vroeg).toEqual({
      gemeente: 'GM0928',
      op: '2021-01-10',
      pand: { sleutel: 'adres:6461AB-60', identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: 60 }, sleutels: ['adres:6461AB-60'] },
      kamerverhuur: {
        register: [
          { zaakId: registerZaakId(pand), pandSleutel: 'adres:6461AB-60', startdatum: '2021-01-04', aantalKamers: 6, stand: 'in-onderzoek', standen: [{ naar: 'in-onderzoek', ingangsdatum: '2021-01-04' }] },
        ],
        vergunningen: [{ zaakId: vergunning.body.zaakId, pandSleutel: 'adres:6461AB-60', startdatum: '2021-01-05', status: 'aangevraagd', aantalKamers: 6, ontvangstdatum: '2021-01-05' }],
        trajecten: [],
      },
      damocles: [
        {
          zaakId: rapportage.body.zaakId,
          pandSleutel: 'adres:6461AB-60',
          startdatum: '2021-01-04',
          constateringsdatum: '2021-01-04',
          zwaarsteCategorie: 'softdrugs',
          pandtype: 'woning',
          status: 'rapportage-ontvangen',
          besluiten: [],
        },
      ],
      dwangsom: [],
      meldingen: [],
      flexteam: { controles: [], verzoeken: [] },
      bibob: [],
    });

    // 5 February: in handhaving since the constatering, the traject following its dwangsom case, that case's voornemen out.
    const later = await dossier('postcode=6461AB&huisnummer=60&op=2021-02-05');
    expect(later.kamerverhuur.register[0]).toMatchObject({
      stand: 'in-handhaving',
      standen: [
        { naar: 'in-onderzoek', ingangsdatum: '2021-01-04' },
        { naar: 'in-handhaving', ingangsdatum: '2021-01-20' },
      ],
    });
    expect(later.kamerverhuur.trajecten).toEqual([
      {
        zaakId: trajectId,
        pandSleutel: 'adres:6461AB-60',
        startdatum: '2021-01-20',
        soort: 'kamerverhuur',
        constateringsdatum: '2021-01-20',
        status: 'dwangsom-gekozen',
        volgendeStap: 'dwangsomzaak volgen',
        laatsteStap: '2021-02-01',
        dwangsomZaakId: dwangsomId,
      },
    ]);
    expect(later.dwangsom).toEqual([
      {
        zaakId: dwangsomId,
        pandSleutel: 'adres:6461AB-60',
        startdatum: '2021-02-01',
        herkomst: { context: 'kamerverhuurtraject', zaakId: trajectId },
        thema: 'kamerverhuur',
        status: 'voornemen-verzonden',
        verbeurdCent: 0,
        openstaandCent: 0,
      },
    ]);

    // 1 February: the choice is there and the case just opened, its voornemen not yet; 25 January: the vooraankondiging only.
    const opKeuze = await dossier('postcode=6461AB&huisnummer=60&op=2021-02-01');
    expect(opKeuze.dwangsom.map((d: { status: string }) => d.status)).toEqual(['geopend']);
    const naVooraankondiging = await dossier('postcode=6461AB&huisnummer=60&op=2021-01-25');
    expect(naVooraankondiging.kamerverhuur.trajecten.map((t: { status: string; dwangsomZaakId?: string }) => [t.status, t.dwangsomZaakId])).toEqual([['vooraankondiging-verzonden', undefined]]);
    expect(naVooraankondiging.dwangsom).toEqual([]);

    // No findings in words, no betrokkene: the case views show those.
    const tekst = JSON.stringify(later);
    for (const geheim of ['zes namen op de bellen', 'hennepkwekerij', 'Smeets', eigenaarId, 'de verhuur gaat door']) expect(tekst).not.toContain(geheim);

    // The toezichthouder reads it too (the flexteam's address dossier); before the register entry, a pand is an empty dossier.
    const toezicht = { Authorization: `Bearer ${await api.token(['toezichthouder'], ['GM0928'])}` };
    const leeg = await dossier('postcode=6461AB&huisnummer=60&op=2020-12-31', toezicht);
    expect([leeg.kamerverhuur.register, leeg.kamerverhuur.vergunningen, leeg.kamerverhuur.trajecten, leeg.damocles, leeg.dwangsom]).toEqual([[], [], [], [], []]);

    // Another gemeente's medewerker: not found; a bad pand or date: 400/422 naming the field.
    const anders = { Authorization: `Bearer ${await api.token(['juridisch-medewerker'], ['GM0882'])}` };
    await api.http().get('/api/panden/dossier?gemeente=GM0928&postcode=6461AB&huisnummer=60').set(anders).expect(404);
    const slechteDatum = await api.http().get('/api/panden/dossier?gemeente=GM0928&postcode=6461AB&huisnummer=60&op=5-2-2021').set(auth).expect(400);
    expect(slechteDatum.body.errors.map((e: { field: string }) => e.field)).toEqual(['op']);
    const slechtePostcode = await api.http().get('/api/panden/dossier?gemeente=GM0928&postcode=0461AB&huisnummer=60').set(auth).expect(422);
    expect(slechtePostcode.body.errors).toEqual([expect.objectContaining({ field: 'postcode' })]);
    for (const huisnummer of ['0', 'twaalf', '']) {
      const slechtHuisnummer = await api.http().get(`/api/panden/dossier?gemeente=GM0928&postcode=6461AB&huisnummer=${huisnummer}`).set(auth).expect(400);
      expect(new Set(slechtHuisnummer.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['huisnummer']));
    }
  });
});
