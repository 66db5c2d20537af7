import { voorbeeldBeleid, type Beleid } from '@handhaving/policy';
import { settableClock, startTestApi, testRedisUrl, type SettableClock, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

/*
 * Kerkrade, one house at Heilust 12. The police found softdrugs there in March 2020 (a Damocles
 * case), and an older find of 2017 lies outside any window asked here; the flexteam found drugs in
 * September 2020; a toezichthouder found rooms let without a permit at the end of September (a
 * kamerverhuur traject against the owner); the owner also has a dwangsom case, about no pand. The
 * gemeente's policy counts only Damocles finds until 2021, and from 2021-01-01 also flexteam drug
 * finds, kamerverhuur constateringen and dwangsom cases, per betrokkene too.
 */

const pand = { postcode: '6461AB', huisnummer: 12 };
const tweeduizendEenentwintig: Beleid = {
  ...voorbeeldBeleid(),
  recidive: { contexten: ['flexteam', 'kamerverhuur', 'dwangsom'], flexteamBevindingen: ['drugs-aangetroffen'], ookPerBetrokkene: true },
};

describeWithRedis('GET /api/recidive: earlier finds of every context that count, by the policy in force on the date', () => {
  let api: TestApi;
  let clock: SettableClock;
  let auth: { Authorization: string };
  let eigenaarId: string;
  let positie: string;
  const zaak: Record<string, string> = {};

  beforeAll(async () => {
    clock = settableClock();
    api = await startTestApi(redisUrl ?? '', {}, { clock });
    clock.set('2019-12-01T09:00:00Z');
    const beheer = { Authorization: `Bearer ${await api.token(['beheer'])}` };
    await api.http().post('/api/beleid/GM0928/versies').set(beheer).send({ ingangsdatum: '2016-01-01', beleid: voorbeeldBeleid(), toelichting: 'alleen Damocles' }).expect(201);
    await api.http().post('/api/beleid/GM0928/versies').set(beheer).send({ ingangsdatum: '2021-01-01', beleid: tweeduizendEenentwintig, toelichting: 'recidive over alle contexten' }).expect(201);
    auth = { Authorization: `Bearer ${await api.token(['juridisch-medewerker', 'toezichthouder'], ['GM0928'], 'mw-recidive')}` };
    eigenaarId = (await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'K. Verhuurder' }).expect(201)).body.betrokkeneId;

    clock.set('2020-03-09T09:00:00Z');
    const rapportage = (constateringsdatum: string, ontvangstdatum: string) => ({
      gemeente: 'GM0928',
      pand,
      pandtype: 'woning',
      constateringsdatum,
      ontvangstdatum,
      vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }],
      betrokkenen: [],
    });
    zaak['damocles'] = (await api.http().post('/api/damocles/zaken').set(auth).send(rapportage('2020-03-02', '2020-03-09')).expect(201)).body.zaakId;
    zaak['oud'] = (await api.http().post('/api/damocles/zaken').set(auth).send(rapportage('2017-06-01', '2020-03-09')).expect(201)).body.zaakId;

    clock.set('2020-09-18T09:00:00Z');
    const gepland = await api.http().post('/api/flexteamcontrole/zaken').set(auth).send({ gemeente: 'GM0928', geplandOp: '2020-09-17', gebied: 'Heilust', partners: ['boa', 'politie'], adressen: [{ pand }], datum: '2020-09-01' }).expect(201);
    zaak['flexteam'] = gepland.body.zaakId;
    await api.http().post(`/api/flexteamcontrole/zaken/${zaak['flexteam']}/uitvoering`).set(auth).send({ teamgrootte: 4, datum: '2020-09-17', bezoeken: [{ pand, toegang: true, bevindingen: ['drugs-aangetroffen'] }] }).expect(200);

    clock.set('2020-10-01T09:00:00Z');
    await api.http().post('/api/kamerverhuurregister/zaken').set(auth).send({ gemeente: 'GM0928', pand, aantalKamers: 6, betrokkenen: { eigenaarId }, ingangsdatum: '2020-09-30' }).expect(201);
    const constatering = { gemeente: 'GM0928', pand, soort: 'kamerverhuur', overtrederId: eigenaarId, constateringsdatum: '2020-09-30', toezichthouder: 'tz-1', bevindingen: 'zes namen op de bellen' };
    zaak['kamerverhuur'] = (await api.http().post('/api/kamerverhuurtraject/zaken').set(auth).send(constatering).expect(201)).body.zaakId;

    clock.set('2020-11-02T09:00:00Z');
    const dwangsomzaak = { gemeente: 'GM0928', grondslag: { soort: 'apv', artikel: 'art. 2:74a APV' }, overtrederId: eigenaarId, overtreding: 'handel in drugs op straat', constateringsdatum: '2020-10-15' };
    const dwangsom = await api.http().post('/api/dwangsom/zaken').set(auth).send(dwangsomzaak).expect(201);
    zaak['dwangsom'] = dwangsom.body.zaakId;
    positie = dwangsom.body.position;
  });

  afterAll(() => api?.close());

  const vraag = async (query: string, status = 200) => {
    const antwoord = await api.http().get(`/api/recidive?gemeente=GM0928&postcode=6461AB&huisnummer=12&na=${positie}&${query}`).set(auth).expect(status);
    if (status === 200) expect(antwoord.headers['x-bijgewerkt-tot-positie']).toBe(positie);
    return antwoord.body;
  };
  const zaken = (antwoord: { eerdereVondsten: Record<string, Array<{ zaakId: string; gronden: string[] }>> }) =>
    Object.entries(antwoord.eerdereVondsten).flatMap(([context, vondsten]) => vondsten.map((v) => `${context} ${v.zaakId} ${v.gronden.join('+')}`));

  it('under the 2021 policy: the finds of three contexts in the pand, the 2017 find outside the window; with the owner, her dwangsom case too', async () => {
    const antwoord = await vraag('datum=2021-06-01');
    expect(antwoord).toMatchObject({
      pand: 'adres:6461AB-12',
      beleidsversie: 'GM0928.2021-01-01.r1',
      recidiveTermijnMaanden: 36,
      venster: { van: '2018-06-01', tot: '2021-05-31' },
      contexten: ['damocles', 'flexteam', 'kamerverhuur', 'dwangsom'],
      flexteamBevindingen: ['drugs-aangetroffen'],
      recidive: true,
      aantal: 3,
    });
    expect(zaken(antwoord)).toEqual([`damocles ${zaak['damocles']} pand`, `flexteam ${zaak['flexteam']} pand`, `kamerverhuur ${zaak['kamerverhuur']} pand`]);
    expect(antwoord.eerdereVondsten.flexteam[0]).toMatchObject({ soort: 'drugs-aangetroffen', constateringsdatum: '2020-09-17', afloop: 'lopend' });

    const metEigenaar = await vraag(`datum=2021-06-01&betrokkeneId=${eigenaarId}`);
    expect(zaken(metEigenaar)).toEqual([
      `damocles ${zaak['damocles']} pand`,
      `flexteam ${zaak['flexteam']} pand`,
      `kamerverhuur ${zaak['kamerverhuur']} pand+betrokkene`,
      `dwangsom ${zaak['dwangsom']} betrokkene`,
    ]);
    expect(metEigenaar.aantal).toBe(4);
  });

  it('as known on an earlier day: what was recorded after it is not there', async () => {
    expect(zaken(await vraag('datum=2021-06-01&bekendOp=2020-09-30'))).toEqual([`damocles ${zaak['damocles']} pand`, `flexteam ${zaak['flexteam']} pand`]);
    expect(zaken(await vraag('datum=2021-06-01&bekendOp=2020-03-08'))).toEqual([]);
  });

  it('under the version in force before 2021, which counts Damocles finds only: the Damocles case, as GET /api/damocles/recidive answers', async () => {
    const antwoord = await vraag(`datum=2020-12-01&betrokkeneId=${eigenaarId}`);
    expect(antwoord).toMatchObject({ beleidsversie: 'GM0928.2016-01-01.r0', venster: { van: '2017-12-01', tot: '2020-11-30' }, contexten: ['damocles'], perBetrokkene: false, aantal: 1 });
    expect(zaken(antwoord)).toEqual([`damocles ${zaak['damocles']} pand`]);
    const damocles = await api.http().get('/api/damocles/recidive?gemeente=GM0928&postcode=6461AB&huisnummer=12&datum=2020-12-01').set(auth).expect(200);
    expect(damocles.body.eerdereVondsten.map((v: { zaakId: string }) => v.zaakId)).toEqual([zaak['damocles']]);
  });

  it('422 when no policy is in force on the date; 400 naming a wrong field', async () => {
    const geen = await vraag('datum=2015-06-01', 422);
    expect(geen).toMatchObject({ rule: 'recidive/geen-beleid', errors: [expect.objectContaining({ field: 'datum' })] });
    expect((await vraag('datum=1-6-2021', 400)).errors).toEqual([expect.objectContaining({ field: 'datum' })]);
    expect((await vraag('datum=2021-06-01&betrokkeneId=een%20naam', 400)).errors).toEqual([expect.objectContaining({ field: 'betrokkeneId' })]);
  });
});
