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
  /** A betrokkene of GM0928: a toets names only its own gemeente's betrokkenen. */
  let betrokkene: string;

  beforeAll(async () => {
    clock = settableClock();
    api = await startTestApi(redisUrl ?? '', {}, { clock });
    bibob = await api.token(['bibob'], ['GM0928'], 'bibob-coordinator');
    analist = await api.token(['oov-analist'], ['GM0928']);
    const medewerker = await api.token(['juridisch-medewerker'], ['GM0928']);
    betrokkene = (await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'S. Ignaal' }).expect(201)).body.betrokkeneId;
  });

  afterAll(() => api?.close());

  async function start(aanleiding: object, startdatum: string): Promise<{ zaakId: string; positie: string }> {
    clock.set(`${startdatum}T10:00:00Z`);
    const response = await api.http().post('/api/bibob/zaken').set('Authorization', `Bearer ${bibob}`).send({ gemeente: 'GM0928', startdatum, aanleiding }).expect(201);
    return { zaakId: response.body.zaakId, positie: String(response.body.position ?? '') };
  }

  it('counts a toets on a signal and one on an aanvraag; shows the toetsen only to the Bibob role', async () => {
    const signaal = await start({ soort: 'signaal', reden: 'signaal-ondermijning', betrokkeneId: betrokkene }, '2020-03-02');
    const aanvraag = await start(
      { soort: 'aanvraag', aanvraagtype: 'bijschrijving-leidinggevende', ontvangstdatum: '2020-04-01', aanvragerId: betrokkene },
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
    expect(JSON.stringify(werkvoorraad.body)).not.toContain(betrokkene);
    await api.http().get('/api/bibob/zaken?gemeente=GM0928').set('Authorization', `Bearer ${analist}`).expect(403);
  });

  it('the annual report (issue 16): the casussen opgevoerd per year as the Uitvoeringsplan shows them, a late one beside the figure reported then; counts only', async () => {
    // Besides the two of 2020 above: one on a signal in 2019, and one of December 2020 recorded only in January 2021.
    const vorigJaar = await start({ soort: 'signaal', reden: 'signaal-ondermijning', betrokkeneId: betrokkene }, '2019-06-03');
    clock.set('2021-01-15T10:00:00Z');
    const laat = await api
      .http()
      .post('/api/bibob/zaken')
      .set('Authorization', `Bearer ${bibob}`)
      .send({ gemeente: 'GM0928', startdatum: '2020-12-14', aanleiding: { soort: 'signaal', reden: 'vastgoedtransactie', betrokkeneId: betrokkene } })
      .expect(201);
    const na = laat.body.position === undefined ? '' : `&na=${laat.body.position}`;
    await api.http().get(`/api/bibob/cijfers?gemeente=GM0928&jaar=2020${na}`).set('Authorization', `Bearer ${bibob}`).expect(200);

    const { body } = await api
      .http()
      .get('/api/rapportage/jaarverslag?gemeente=GM0928&jaar=2020&bekendOp=2020-12-31')
      .set('Authorization', `Bearer ${analist}`)
      .set('Accept', 'application/json')
      .expect(200);
    const hoofdstuk = body.hoofdstukken.find((h: { id: string }) => h.id === 'bibob');
    const tabel = hoofdstuk.tabellen.find((t: { id: string }) => t.id === 'bibob-opgevoerd');
    expect(tabel.kolommen).toEqual([
      { sleutel: '2019', kop: '2019' },
      { sleutel: '2020', kop: '2020' },
    ]);
    const cellen = Object.fromEntries(
      tabel.rijen.map((rij: { kop: string; cellen: Record<string, { waarde: number; toen?: number }> }) => [
        rij.kop,
        Object.fromEntries(Object.entries(rij.cellen).map(([kolom, cel]) => [kolom, cel.toen === undefined ? cel.waarde : [cel.waarde, cel.toen]])),
      ]),
    );
    expect(cellen['Casus opgevoerd n.a.v. signaal ondermijning']).toEqual({ '2019': 1, '2020': [2, 1] });
    expect(cellen['Casus opgevoerd n.a.v. nieuwe vergunningaanvragen / bijschrijven leidinggevende']).toEqual({ '2019': 0, '2020': 1 });
    expect(cellen['n.a.v. signaal: vastgoedtransactie']).toEqual({ '2019': 0, '2020': [1, 0] });
    expect(cellen['n.a.v. aanvraag: bijschrijving leidinggevende']).toEqual({ '2019': 0, '2020': 1 });
    expect(cellen['Totaal opgevoerd']).toEqual({ '2019': 1, '2020': [3, 2] });
    expect(tabel.voetnoten[0].tekst).toBe('Casus opgevoerd n.a.v. signaal ondermijning, 2020: op 31-12-2020 gerapporteerd als 1, nu 2 (met 1 vermeerderd).');
    // A Bibob toets is secret: no cell, footnote or trend names one.
    const tekst = JSON.stringify(hoofdstuk);
    for (const zaakId of [vorigJaar.zaakId, laat.body.zaakId]) expect(tekst).not.toContain(zaakId);
    expect(tekst).not.toContain('"zaken"');
    const trend = hoofdstuk.trends.find((t: { id: string }) => t.id === 'bibob-casussen');
    expect(trend.jaren).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(trend.reeksen).toEqual([
      { naam: 'signaal: signaal ondermijning', waarden: [0, 0, 0, 1, 1] },
      { naam: 'signaal: vastgoedtransactie', waarden: [0, 0, 0, 0, 0] },
      { naam: 'signaal: herbeoordeling lopende vergunning', waarden: [0, 0, 0, 0, 0] },
      { naam: 'aanvraag (alle typen)', waarden: [0, 0, 0, 0, 1] },
    ]);
  });
});
