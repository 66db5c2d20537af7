import { settableClock, startTestApi, testRedisUrl, type TestApi } from '../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

const A = 'adres:6461AB-12';
const B = 'adres:6461AB-14';
const pand = (huisnummer: number) => ({ soort: 'adres', postcode: '6461AB', huisnummer });

/*
 * Kerkrade, 10 March 2020: the flexteam visits two planned addresses, gets into one and finds rooms
 * let there; the finding becomes a kamerverhuur traject, closed nageleefd in October. The events are
 * appended to the API's own store as the deciders record them (the figures' route reads the read
 * model only; the control's own routes are tested in flexteam.e2e.spec.ts), on the days they were
 * recorded; the API's today is 1 June 2021.
 */
describeWithRedis('Flexteam figures over HTTP', () => {
  let api: TestApi;
  let positie = '0';
  const klok = settableClock();

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '', {}, { clock: klok });
    const schrijf = async (streamId: string, type: string, data: { readonly datum: string; readonly geregistreerdOp?: string } & Record<string, unknown>) => {
      klok.set(`${data.geregistreerdOp ?? data.datum}T10:00:00Z`);
      const { lastPosition } = await api.eventStore().appendToStream(streamId, [{ type, data }], { expectedRevision: 'any', metadata: { gemeente: 'GM0928', userId: 'flexteam-1' } });
      positie = String(lastPosition);
    };
    const stap = (datum: string) => ({ zaakId: 'C-1', datum, door: 'flexteam-1', geregistreerdOp: datum });
    await schrijf('flexteamcontrole-C-1', 'ControleGepland', {
      ...stap('2020-03-01'),
      gemeente: 'GM0928',
      geplandOp: '2020-03-10',
      gebied: 'Kerkrade-West',
      partners: ['boa', 'politie'],
      adressen: [A, B].map((pandSleutel, i) => ({ pand: pand(12 + 2 * i), pandSleutel, signalen: [] })),
    });
    await schrijf('flexteamcontrole-C-1', 'ControleUitgevoerd', {
      ...stap('2020-03-10'),
      teamgrootte: 8,
      bezoeken: [
        { pand: pand(12), pandSleutel: A, gepland: true, toegang: true, bevindingen: ['kamerverhuur'] },
        { pand: pand(14), pandSleutel: B, gepland: true, toegang: false, bevindingen: ['geen-bijzonderheden'] },
      ],
    });
    await schrijf('flexteamcontrole-C-1', 'VervolgGestart', { ...stap('2020-03-11'), pandSleutel: A, bevinding: 'kamerverhuur', vervolg: { context: 'kamerverhuurtraject', zaakId: 'T-1' } });
    await schrijf('kamerverhuurtraject-T-1', 'TrajectAfgesloten', { zaakId: 'T-1', afsluitdatum: '2020-10-01', resultaat: 'nageleefd', datum: '2020-10-01', door: 'jur-1' });
    klok.set('2021-06-01T10:00:00Z');
  });

  afterAll(() => api?.close());

  it('answers the year as JSON and CSV, each follow-up with where it stood a year later', async () => {
    const analist = { Authorization: `Bearer ${await api.token(['oov-analist'], ['GM0928'])}` };
    const json = await api.http().get(`/api/flexteam/cijfers?gemeente=GM0928&jaar=2020&na=${positie}`).set(analist).expect(200);
    expect(json.body.controles.uitgevoerd).toEqual({ aantal: 1, panden: [A, B], zaakIds: ['C-1'] });
    expect(json.body.adressen.toegangPercentage).toBe(50);
    expect(json.body.vervolg.gestart.kamerverhuurtraject).toEqual({ aantal: 1, panden: [A], zaakIds: ['C-1'] });
    expect(json.body.naEenJaar.kamerverhuurtraject['afgesloten-nageleefd']).toEqual({ aantal: 1, panden: [A], zaakIds: ['T-1'] });

    // As known on 1 September 2020 the traject was running, and its year not over.
    const toen = await api.http().get('/api/flexteam/cijfers?gemeente=GM0928&jaar=2020&bekendOp=2020-09-01').set(analist).expect(200);
    expect(toen.body.naEenJaar.kamerverhuurtraject.nogGeenJaar.aantal).toBe(1);

    const csv = await api.http().get('/api/flexteam/cijfers?gemeente=GM0928&jaar=2020&formaat=csv').set(analist).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')).toEqual(expect.arrayContaining(['Controles uitgevoerd;1', 'Toegang (%);50', 'na een jaar: afgesloten-nageleefd;1']));
  });

  it('goes by calendar year only, and not for another gemeente', async () => {
    const analist = { Authorization: `Bearer ${await api.token(['oov-analist'], ['GM0928'])}` };
    // As every bad query string: 400 problem+json naming the field and the rule.
    const periode = await api.http().get('/api/flexteam/cijfers?gemeente=GM0928&van=2020-01-01&tot=2020-06-30').set(analist).expect(400);
    expect(periode.body).toMatchObject({ errors: [expect.objectContaining({ field: 'jaar', rule: 'jaar' })] });
    await api.http().get('/api/flexteam/cijfers?gemeente=GM0882&jaar=2020').set(analist).expect(403);
  });

  it('the annual report (issue 16): the flexteam chapter with 2019 and 2020 as the figures route counts them, the traject nageleefd beside its "nog geen jaar" as reported on 1 September 2020', async () => {
    const analist = { Authorization: `Bearer ${await api.token(['oov-analist'], ['GM0928'])}` };
    await api.http().get(`/api/flexteam/cijfers?gemeente=GM0928&jaar=2020&na=${positie}`).set(analist).expect(200);
    const { body } = await api.http().get('/api/rapportage/jaarverslag?gemeente=GM0928&jaar=2020&bekendOp=2020-09-01').set(analist).set('Accept', 'application/json').expect(200);
    type Cel = { waarde: number | null; toen?: number | null; zaken?: string[] };
    type Tabel = { id: string; rijen: { kop: string; cellen: Record<string, Cel> }[]; voetnoten: { id: string; tekst: string }[] };
    const hoofdstuk = body.hoofdstukken.find((h: { id: string }) => h.id === 'flexteam');
    const tabel = (id: string): Tabel => hoofdstuk.tabellen.find((t: Tabel) => t.id === id);
    const rij = (t: Tabel, kop: string) => {
      const gevonden = t.rijen.find((r) => r.kop === kop);
      return Object.fromEntries(Object.entries(gevonden?.cellen ?? {}).map(([kolom, cel]) => [kolom, cel.toen === undefined ? cel.waarde : [cel.waarde, cel.toen]]));
    };

    const controles = tabel('flexteam-controles');
    expect(rij(controles, 'Controles uitgevoerd')).toEqual({ '2019': 0, '2020': 1 });
    expect(controles.rijen[0]?.cellen['2020']?.zaken).toEqual(['C-1']);
    expect(rij(controles, 'Adressen bezocht')).toEqual({ '2019': 0, '2020': 2 });
    expect(rij(controles, 'Adressen met toegang')).toEqual({ '2019': 0, '2020': 1 });
    expect(rij(controles, 'Toegang (%)')).toEqual({ '2019': null, '2020': 50 });
    expect(rij(controles, 'Bevinding: kamerverhuur')).toEqual({ '2019': 0, '2020': 1 });
    expect(rij(controles, 'waarvan handhavingstraject kamerverhuur')).toEqual({ '2019': 0, '2020': 1 });
    expect(controles.voetnoten).toEqual([]);

    // A year after the control (10 March 2021) the traject was closed nageleefd; on 1 September 2020 that year was not over.
    const naEenJaar = tabel('flexteam-na-een-jaar');
    expect(rij(naEenJaar, 'handhavingstraject kamerverhuur: afgesloten, nageleefd')).toEqual({ '2019': 0, '2020': [1, 0] });
    expect(rij(naEenJaar, 'handhavingstraject kamerverhuur: nog geen jaar verstreken')).toEqual({ '2019': 0, '2020': [0, 1] });
    expect(naEenJaar.rijen.find((r) => r.kop === 'handhavingstraject kamerverhuur: afgesloten, nageleefd')?.cellen['2020']?.zaken).toEqual(['T-1']);
    expect(naEenJaar.voetnoten.map((v) => v.tekst)).toEqual([
      'handhavingstraject kamerverhuur: afgesloten, nageleefd, 2020: op 01-09-2020 gerapporteerd als 0, nu 1 (met 1 vermeerderd). Sindsdien meegeteld (het jaar na de controle was toen nog niet om, of de stap is later vastgelegd): zaak T-1.',
      'handhavingstraject kamerverhuur: nog geen jaar verstreken, 2020: op 01-09-2020 gerapporteerd als 1, nu 0 (met 1 verminderd). Niet meer meegeteld (het jaar na de controle is sindsdien om, of gecorrigeerd): zaak T-1.',
    ]);

    const trend = hoofdstuk.trends.find((t: { id: string }) => t.id === 'flexteam-controles');
    expect(trend.jaren).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(trend.reeksen).toEqual([
      { naam: 'controles uitgevoerd', waarden: [0, 0, 0, 0, 1] },
      { naam: 'adressen bezocht', waarden: [0, 0, 0, 0, 2] },
      { naam: 'adressen met toegang', waarden: [0, 0, 0, 0, 1] },
    ]);
  });
});
