import { flexteamcontroleContext, verzoekContext } from '@handhaving/domain-flexteam';
import { kamerverhuurtrajectContext } from '@handhaving/domain-kamerverhuur';
import { settableClock, startTestApi, testRedisUrl, type SettableClock, type TestApi } from '../test-support/test-api';
import { VervolgGekoppeld } from './processen/vervolg-gekoppeld.process';
import { vervolgZaakId } from './processen/vervolg-na-controle';
import { VervolgNaControle } from './processen/vervolg-na-controle.process';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

/*
 * Kerkrade, summer 2020, from signal to follow-up. Meldingen come in about three addresses in
 * Heilust (woonoverlast, drugsoverlast) and about the area; on 1 September the flexteam ranks the
 * gemeente's addresses by them, and plans its control of 17 September from the top three, each
 * with the meldingen that chose it. The team finds rooms let without a permit and more people than
 * the BRP knows at the first, drugs at the second, nothing at the third: a handhavingstraject and
 * a BRP request start by themselves; the police report on the drugs opens a Damocles case on
 * 28 September that names the control, and the control is afgerond. The address dossier shows
 * the first address as known on 31 August (its meldingen only) and now (with the control and
 * the cases it started).
 */

const heilust = [
  { postcode: '6462 AA', huisnummer: 10 },
  { postcode: '6462 AA', huisnummer: 12 },
  { postcode: '6462 AA', huisnummer: 14 },
] as const;
type Adres = (typeof heilust)[number];
const sleutel = (adres: Adres) => `adres:${adres.postcode.replace(' ', '')}-${adres.huisnummer}`;

describeWithRedis('Flexteam scenario: signals in, a control planned from the ranking, findings out into kamerverhuur, Damocles and the BRP', () => {
  let api: TestApi;
  let clock: SettableClock;

  beforeAll(async () => {
    clock = settableClock();
    api = await startTestApi(redisUrl ?? '', {}, { clock });
  });

  afterAll(() => api?.close());

  async function wachtOpProcessen(): Promise<void> {
    const processen = [api.app.get(VervolgNaControle), api.app.get(VervolgGekoppeld)];
    for (;;) {
      const kop = await api.eventStore().readHeadPosition();
      for (const proces of processen) expect(await proces.waitForPosition(BigInt(kop), 10_000)).toBe(true);
      if (BigInt(await api.eventStore().readHeadPosition()) === BigInt(kop)) return;
    }
  }

  it('ranks the addresses by their meldingen, plans from the ranking, and every finding reaches its own context, linked both ways', async () => {
    const auth = { Authorization: `Bearer ${await api.token(['juridisch-medewerker', 'toezichthouder'], ['GM0928'], 'mw-flexteam')}` };
    const dag = (datum: string) => clock.set(`${datum}T09:00:00Z`);

    // Signals in: three meldingen about the first address, two about the second, one about the third, one about the area.
    dag('2020-07-01');
    const eigenaar = await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'K. Verhuurder' }).expect(201);
    const overtrederId: string = eigenaar.body.betrokkeneId;
    await api.http().post('/api/kamerverhuurregister/zaken').set(auth).send({ gemeente: 'GM0928', pand: heilust[0], aantalKamers: 6, betrokkenen: { eigenaarId: overtrederId }, ingangsdatum: '2020-07-01' }).expect(201);
    const meldingen: Record<string, string[]> = {};
    const meld = async (adres: Adres | undefined, categorie: string, meldingsdatum: string) => {
      const plaats = adres === undefined ? { soort: 'gebied', omschrijving: 'Heilust' } : { soort: 'pand', pand: adres };
      const gemeld = await api.http().post('/api/melding/zaken').set(auth).send({ gemeente: 'GM0928', bron: 'meldpunt-overlast', categorie, plaats, meldingsdatum }).expect(201);
      if (adres !== undefined) (meldingen[sleutel(adres)] ??= []).push(gemeld.body.zaakId);
      return gemeld.body.position as string;
    };
    for (const datum of ['2020-03-02', '2020-05-11', '2020-06-29']) await meld(heilust[0], 'woonoverlast', datum);
    for (const datum of ['2020-04-14', '2020-06-30']) await meld(heilust[1], 'drugsoverlast', datum);
    await meld(heilust[2], 'woonoverlast', '2020-06-01');
    const laatste = await meld(undefined, 'jeugdoverlast', '2020-06-15');

    // The ranking on 1 September: most meldingen first; each rank names its meldingen as the signals.
    dag('2020-09-01');
    const rangorde = await api.http().get(`/api/panden/rangorde?gemeente=GM0928&op=2020-09-01&maanden=12&na=${laatste}`).set(auth).expect(200);
    const top = rangorde.body.panden.slice(0, 3) as Array<{ pandSleutel: string; pand: object; meldingen: number; signalen: Array<{ context: string; zaakId: string }> }>;
    expect(top.map((rang) => [rang.pandSleutel, rang.meldingen])).toEqual([[sleutel(heilust[0]), 3], [sleutel(heilust[1]), 2], [sleutel(heilust[2]), 1]]);
    for (const rang of top) expect(rang.signalen.map((signaal) => signaal.zaakId).sort()).toEqual([...meldingen[rang.pandSleutel]].sort());

    const gepland = await api
      .http()
      .post('/api/flexteamcontrole/zaken')
      .set(auth)
      .send({
        gemeente: 'GM0928',
        geplandOp: '2020-09-17',
        gebied: 'Heilust',
        partners: ['boa', 'brp', 'bouw-en-brandveiligheid', 'politie'],
        // Each rank as it comes: its pand and its signals are what a planning takes.
        adressen: top.map(({ pand, signalen }) => ({ pand, signalen })),
      })
      .expect(201);
    const controle: string = gepland.body.zaakId;

    // The control: findings at each address.
    dag('2020-09-17');
    await api
      .http()
      .post(`/api/flexteamcontrole/zaken/${controle}/uitvoering`)
      .set(auth)
      .send({
        teamgrootte: 4,
        bezoeken: [
          { pand: heilust[0], toegang: true, personenAangetroffen: 7, personenInBrp: 2, bevindingen: ['kamerverhuur', 'brp-onjuist'], overtrederId, aantalKamers: 6 },
          { pand: heilust[1], toegang: true, personenAangetroffen: 1, personenInBrp: 1, bevindingen: ['drugs-aangetroffen'] },
          { pand: heilust[2], toegang: false, bevindingen: ['geen-bijzonderheden'] },
        ],
      })
      .expect(200);
    await wachtOpProcessen();
    const traject = vervolgZaakId(controle, sleutel(heilust[0]), 'kamerverhuur');
    const brp = vervolgZaakId(controle, sleutel(heilust[0]), 'brp-onjuist');
    const trajectzaak = await api.http().get(`/api/kamerverhuurtraject/zaken/${traject}`).set(auth).expect(200);
    expect(trajectzaak.body.toestand).toMatchObject({ zaak: { soort: 'kamerverhuur', overtrederId, bron: { context: 'flexteam', zaakId: controle } } });
    expect((await api.eventStore().readStream(verzoekContext.streamId(brp)))[0].data).toMatchObject({ aan: 'brp', antwoordUiterlijk: '2020-10-15' });

    // The police report on the drugs: a Damocles case naming the control; the control is afgerond.
    dag('2020-09-28');
    const damocles = await api
      .http()
      .post('/api/damocles/zaken')
      .set(auth)
      .send({ gemeente: 'GM0928', pand: heilust[1], pandtype: 'woning', constateringsdatum: '2020-09-17', ontvangstdatum: '2020-09-28', vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij', hoeveelheid: '40 planten' }], betrokkenen: [], bron: { context: 'flexteam', zaakId: controle } })
      .expect(201);
    await wachtOpProcessen();
    const zaak = await api.http().get(`/api/flexteamcontrole/zaken/${controle}`).set(auth).expect(200);
    expect(zaak.body.toestand.status).toBe('afgerond');
    const gestart = (await api.eventStore().readStream(flexteamcontroleContext.streamId(controle))).filter((event) => event.type === 'VervolgGestart').map((event) => event.data);
    expect(gestart).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ bevinding: 'kamerverhuur', vervolg: { context: 'kamerverhuurtraject', zaakId: traject } }),
        expect.objectContaining({ bevinding: 'brp-onjuist', vervolg: { context: 'verzoek', zaakId: brp } }),
        expect.objectContaining({ bevinding: 'drugs-aangetroffen', vervolg: { context: 'damocles', zaakId: damocles.body.zaakId } }),
      ]),
    );
    expect(gestart).toHaveLength(3);
    expect(await api.eventStore().readStream(kamerverhuurtrajectContext.streamId(traject))).toHaveLength(1);

    // The first address's dossier: on 31 August its meldingen only; on 1 September the control planned; now also what it found and started.
    const dossier = async (op: string) => (await api.http().get(`/api/panden/dossier?gemeente=GM0928&postcode=6462AA&huisnummer=10&op=${op}`).set(auth).expect(200)).body;
    const augustus = await dossier('2020-08-31');
    expect(augustus.meldingen.map((melding: { zaakId: string }) => melding.zaakId).sort()).toEqual([...meldingen[sleutel(heilust[0])]].sort());
    expect(augustus.flexteam.controles).toEqual([]);
    expect(augustus.kamerverhuur.trajecten).toEqual([]);
    expect((await dossier('2020-09-01')).flexteam.controles).toEqual([expect.objectContaining({ zaakId: controle, status: 'gepland' })]);
    const nu = await dossier('2020-09-28');
    expect(nu.flexteam.controles).toEqual([expect.objectContaining({ zaakId: controle })]);
    expect(nu.kamerverhuur.trajecten).toEqual([expect.objectContaining({ zaakId: traject })]);
    expect(nu.flexteam.verzoeken).toEqual([expect.objectContaining({ zaakId: brp })]);
  });
});
