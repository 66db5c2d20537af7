import { voorbeeldBeleid } from '@handhaving/policy';
import { VervolgGekoppeld } from '../../../flexteam/processen/vervolg-gekoppeld.process';
import { settableClock, startTestApi, testRedisUrl, type TestApi } from '../../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);


type Auth = { readonly Authorization: string };

/*
 * Kerkrade, March 2021, everything through the API's routes, each step on its own day (the test
 * clock): on the 1st meldingen about 6461 AB 70 and 72 (and one from 2019 about 70); on the 10th
 * a flexteam control planned from the ranking of addresses, for both; held on the 20th, drugs and
 * overlast found at 70, no access at 72; on the 22nd the Damocles rapportage that follows the drugs
 * up (the process manager links it to the control), the overlast declined, a Bibob toets on a
 * horeca aanvraag there, and the melding about 70 closed into the Damocles case. Landgraaf has a
 * melding at an address of the same name: never in Kerkrade's answers.
 */
describeWithRedis('the address dossier with meldingen, a flexteam control and a Bibob toets, and the ranking of addresses, on different days', () => {
  const clock = settableClock();
  let api: TestApi;
  let positie = '0';
  const ids = { oud: '', m70: '', m72: '', landgraaf: '', controle: '', damocles: '', toets: '', aanvrager: '' };

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '', {}, { clock });
  });

  afterAll(() => api?.close());

  const op = (dag: string) => clock.set(`${dag}T09:00:00Z`);
  const pand = (huisnummer: number) => ({ postcode: '6461AB', huisnummer });
  const token = async (rol: Parameters<TestApi['token']>[0][number], gemeente = 'GM0928'): Promise<Auth> => ({ Authorization: `Bearer ${await api.token([rol], [gemeente])}` });

  /** A POST that must succeed; its position is where the read model must have come before a question. */
  async function post(pad: string, auth: Auth, body: object, status = 201): Promise<{ zaakId: string; position: string }> {
    const response = await api.http().post(pad).set(auth).send(body).expect(status);
    positie = response.body.position;
    return response.body;
  }

  const melding = (huisnummer: number, meldingsdatum: string, gemeente = 'GM0928') => ({
    gemeente,
    bron: 'meldpunt-overlast',
    categorie: 'woonoverlast',
    plaats: { soort: 'pand', pand: pand(huisnummer) },
    meldingsdatum,
    omschrijving: 'de bewoner van de bovenverdieping maakt elke nacht herrie',
  });

  const rangorde = async (vraag: string, auth: Auth) => (await api.http().get(`/api/panden/rangorde?gemeente=GM0928&${vraag}&na=${positie}`).set(auth).expect(200)).body;

  it('seeds March 2021 through the routes, planning the control from the ranking', async () => {
    const medewerker = await token('juridisch-medewerker');
    op('2021-03-01');
    await api.http().post('/api/beleid/GM0928/versies').set(await token('beheer')).send({ ingangsdatum: '2016-01-01', beleid: voorbeeldBeleid(), toelichting: 'rangorde' }).expect(201);
    ids.oud = (await post('/api/melding/zaken', medewerker, melding(70, '2019-01-10'))).zaakId;
    ids.m70 = (await post('/api/melding/zaken', medewerker, melding(70, '2021-02-27'))).zaakId;
    ids.m72 = (await post('/api/melding/zaken', medewerker, melding(72, '2021-02-28'))).zaakId;
    ids.landgraaf = (await post('/api/melding/zaken', await token('juridisch-medewerker', 'GM0882'), melding(70, '2021-02-27', 'GM0882'))).zaakId;

    // The ranking's ranks are a planning's addresses as they stand.
    op('2021-03-10');
    const toezicht = await token('toezichthouder');
    const { panden } = await rangorde('op=2021-03-10', toezicht);
    const adressen = panden.map(({ pand: p, signalen }: { pand: object; signalen: object[] }) => ({ pand: p, signalen }));
    ids.controle = (await post('/api/flexteamcontrole/zaken', toezicht, { gemeente: 'GM0928', geplandOp: '2021-03-20', gebied: 'Heilust', partners: ['boa', 'politie'], adressen, datum: '2021-03-10' })).zaakId;

    op('2021-03-20');
    const stap = (pad: string, body: object) => post(`/api/flexteamcontrole/zaken/${ids.controle}/${pad}`, toezicht, body, 200);
    await stap('uitvoering', {
      teamgrootte: 5,
      datum: '2021-03-20',
      bezoeken: [
        { pand: pand(70), toegang: true, personenAangetroffen: 6, personenInBrp: 2, bevindingen: ['drugs-aangetroffen', 'overlast'] },
        { pand: pand(72), toegang: false, bevindingen: ['geen-bijzonderheden'] },
      ],
    });

    op('2021-03-22');
    const rapportage = await post('/api/damocles/zaken', medewerker, {
      gemeente: 'GM0928',
      pand: pand(70),
      pandtype: 'woning',
      constateringsdatum: '2021-03-20',
      ontvangstdatum: '2021-03-22',
      vondsten: [{ categorie: 'softdrugs', omschrijving: 'kwekerij' }],
      betrokkenen: [],
      bron: { context: 'flexteam', zaakId: ids.controle },
    });
    ids.damocles = rapportage.zaakId;
    expect(await api.app.get(VervolgGekoppeld).waitForPosition(BigInt(rapportage.position), 10_000)).toBe(true);
    await stap('vervolg-afgezien', { pandSleutel: 'adres:6461AB-70', bevinding: 'overlast', reden: 'buren tevreden na gesprek', datum: '2021-03-22' });
    // A toets names a betrokkene of its own gemeente.
    ids.aanvrager = ((await post('/api/betrokkenen', await token('juridisch-medewerker'), { gemeente: 'GM0928', soort: 'bedrijf', naam: 'Horeca BV' })) as unknown as { betrokkeneId: string }).betrokkeneId;
    ids.toets = (
      await post('/api/bibob/zaken', await token('bibob'), {
        gemeente: 'GM0928',
        startdatum: '2021-03-22',
        aanleiding: { soort: 'aanvraag', aanvraagtype: 'exploitatievergunning-horeca', ontvangstdatum: '2021-03-19', aanvragerId: ids.aanvrager },
        pand: pand(70),
        datum: '2021-03-22',
      })
    ).zaakId;
    await post(`/api/melding/zaken/${ids.m70}/sluiting`, medewerker, { reden: 'opgenomen-in-zaak', zaak: { context: 'damocles', zaakId: ids.damocles }, datum: '2021-03-22' }, 200);
  });

  it('GET /api/panden/dossier: on 5 March the meldingen only, open; on 25 March the control with its visit and each finding’s vervolg, the toets, the melding closed', async () => {
    const toezicht = await token('toezichthouder');
    const dossier = async (dag: string) => (await api.http().get(`/api/panden/dossier?gemeente=GM0928&postcode=6461AB&huisnummer=70&op=${dag}&na=${positie}`).set(toezicht).expect(200)).body;
    const gemeld = (zaakId: string, meldingsdatum: string) => ({ zaakId, pandSleutel: 'adres:6461AB-70', bron: 'meldpunt-overlast', categorie: 'woonoverlast', meldingsdatum });

    const vroeg = await dossier('2021-03-05');
    expect(vroeg.meldingen).toEqual([
      { ...gemeld(ids.oud, '2019-01-10'), status: 'open' },
      { ...gemeld(ids.m70, '2021-02-27'), status: 'open' },
    ]);
    expect([vroeg.flexteam, vroeg.damocles, vroeg.bibob]).toEqual([{ controles: [], verzoeken: [] }, [], []]);

    const later = await dossier('2021-03-25');
    expect(later.meldingen[1]).toEqual({ ...gemeld(ids.m70, '2021-02-27'), status: 'gesloten', gesloten: { reden: 'opgenomen-in-zaak', datum: '2021-03-22', zaak: { context: 'damocles', zaakId: ids.damocles } } });
    expect(later.flexteam.controles).toEqual([
      {
        zaakId: ids.controle,
        pandSleutel: 'adres:6461AB-70',
        geplandOp: '2021-03-20',
        status: 'afgerond',
        datum: '2021-03-20',
        bezoek: {
          gepland: true,
          toegang: true,
          bevindingen: [
            { bevinding: 'drugs-aangetroffen', vervolg: { context: 'damocles', zaakId: ids.damocles } },
            { bevinding: 'overlast', vervolg: 'afgezien' },
          ],
        },
      },
    ]);
    expect(later.damocles.map((z: { zaakId: string }) => z.zaakId)).toEqual([ids.damocles]);
    // Of the Bibob toets only that it exists.
    expect(later.bibob).toEqual([{ zaakId: ids.toets, pandSleutel: 'adres:6461AB-70', startdatum: '2021-03-22', status: 'open' }]);
    // Planned on the 10th, not yet held on the 15th; held on the 20th, its findings not yet followed up.
    expect((await dossier('2021-03-15')).flexteam.controles).toEqual([{ zaakId: ids.controle, pandSleutel: 'adres:6461AB-70', geplandOp: '2021-03-20', status: 'gepland' }]);
    expect((await dossier('2021-03-20')).flexteam.controles[0]).toMatchObject({ status: 'uitgevoerd', bezoek: { bevindingen: [{ bevinding: 'drugs-aangetroffen' }, { bevinding: 'overlast' }] } });
    // No melder's words, no count of persons, no reason in words, nothing of the toets's aanleiding, no melding of Landgraaf.
    expect(JSON.stringify(later)).not.toMatch(new RegExp(`bovenverdieping|herrie|personen|buren tevreden|horeca|${ids.aanvrager}|${ids.landgraaf}`));
  });

  it('GET /api/panden/rangorde: meldingen in the window and running cases per pand, ties by pand key, as known on the day', async () => {
    const medewerker = await token('juridisch-medewerker');

    // 2 March: one melding each in the twelve months (2019's is outside), nothing running: a tie, by pand key.
    const vroeg = await rangorde('op=2021-03-02', medewerker);
    expect(vroeg).toMatchObject({ gemeente: 'GM0928', op: '2021-03-02', maanden: 12, van: '2020-03-02' });
    expect(vroeg.panden).toEqual([
      { rang: 1, pandSleutel: 'adres:6461AB-70', pand: pand(70), score: 1, meldingen: 1, lopendeZaken: 0, perContext: {}, signalen: [{ context: 'melding', zaakId: ids.m70 }] },
      { rang: 2, pandSleutel: 'adres:6461AB-72', pand: pand(72), score: 1, meldingen: 1, lopendeZaken: 0, perContext: {}, signalen: [{ context: 'melding', zaakId: ids.m72 }] },
    ]);

    // 25 March: the Damocles case at 70 runs (its melding, closed into it, still counts as a signal).
    const later = await rangorde('op=2021-03-25', medewerker);
    expect(later.panden.map((p: { pandSleutel: string; score: number; perContext: object }) => [p.pandSleutel, p.score, p.perContext])).toEqual([
      ['adres:6461AB-70', 2, { damocles: 1 }],
      ['adres:6461AB-72', 1, {}],
    ]);
    // Thirty months back the 2019 melding counts too; one pand asked, one given.
    expect((await rangorde('op=2021-03-25&maanden=30&aantal=1', medewerker)).panden.map((p: { pandSleutel: string; score: number }) => [p.pandSleutel, p.score])).toEqual([['adres:6461AB-70', 3]]);

    // Landgraaf's ranking is its own; a Kerkrade medewerker may not ask it; a bad number names its field.
    const landgraaf = (await api.http().get(`/api/panden/rangorde?gemeente=GM0882&op=2021-03-25&na=${positie}`).set(await token('toezichthouder', 'GM0882')).expect(200)).body;
    expect(landgraaf.panden.map((p: { signalen: Array<{ zaakId: string }> }) => p.signalen.map((s) => s.zaakId))).toEqual([[ids.landgraaf]]);
    await api.http().get('/api/panden/rangorde?gemeente=GM0882&op=2021-03-25').set(medewerker).expect(403);
    const fout = await api.http().get('/api/panden/rangorde?gemeente=GM0928&maanden=0').set(medewerker).expect(400);
    expect(fout.body.errors.map((e: { field: string }) => e.field)).toEqual(['maanden']);
  });
});
