import { MELDPUNT_CATEGORIEEN, type MeldpuntCategorie } from '@handhaving/domain-meldingen';
import { settableClock, startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(180_000);

const KERKRADE = 'GM0928';

/*
 * Kerkrade's "Cijfers meldpunt overlast" (Integraal Veiligheidsplan 2021, chapter 6), as the
 * domain's figures spec copies it (libs/domain/meldingen/src/cijfers/meldingen-cijfers.spec.ts):
 * per year the meldingen per column, in the order of MELDPUNT_CATEGORIEEN, and the printed total.
 */
const KERKRADE_MELDPUNT: Record<number, { readonly rij: readonly number[]; readonly totaal: number }> = {
  2018: { rij: [53, 0, 26, 18, 2, 0, 11, 1, 94], totaal: 205 },
  2019: { rij: [89, 1, 18, 21, 3, 0, 10, 4, 117], totaal: 263 },
  2020: { rij: [139, 0, 18, 5, 1, 1, 1, 0, 74], totaal: 239 },
};

/** The i-th melding of a column falls in month (i % 12) + 1, on day (i % 28) + 1; it is registered the next day. */
const dag = (jaar: number, i: number): string => `${jaar}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
const volgendeDag = (datum: string): string => `${datum.slice(0, 8)}${String(Number(datum.slice(8)) + 1).padStart(2, '0')}`;

describeWithRedis('Meldingen over HTTP: the register, the sealed description, and Kerkrade’s meldpunt figures 2018–2020 from events', () => {
  const clock = settableClock();
  let api: TestApi;
  let auth: { Authorization: string };

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '', { EMBEDDED_SYNCHRONOUS: 'NORMAL', LOG_LEVEL: 'warn' }, { clock });
    auth = { Authorization: `Bearer ${await api.token(['juridisch-medewerker', 'oov-analist'], [KERKRADE], 'mw-meldingen')}` };
  });

  afterAll(() => api?.close());

  /** Registers on `geregistreerdOp` (the API's today). */
  async function registreer(body: object, geregistreerdOp: string, status = 201) {
    clock.set(`${geregistreerdOp}T09:00:00Z`);
    return api.http().post('/api/melding/zaken').set(auth).send(body).expect(status);
  }

  it('registers a melding with its description sealed: not in the log nor in the case in clear; links it to a pand and closes it into a case', async () => {
    const woorden = 'De buurman van nummer 12 dealt elke avond bij de ingang van het park';
    const geregistreerd = await registreer(
      { gemeente: KERKRADE, bron: 'meldpunt-overlast', categorie: 'drugsoverlast', plaats: { soort: 'gebied', omschrijving: 'Park Gracht' }, meldingsdatum: '2021-03-01', omschrijving: woorden },
      '2021-03-02',
    );
    const zaakId: string = geregistreerd.body.zaakId;
    expect(geregistreerd.headers['location']).toBe(`/api/melding/zaken/${zaakId}`);

    const [event] = await api.eventStore().readStream(`melding-${zaakId}`);
    expect(event.data).toMatchObject({ meldingsdatum: '2021-03-01', datum: '2021-03-02', geregistreerdOp: '2021-03-02', omschrijving: { verzegeld: expect.stringMatching(/^A256GCM\./) } });
    for (const deel of ['buurman', 'dealt', 'nummer 12']) {
      expect(JSON.stringify(event.data)).not.toContain(deel);
      expect(api.logs()).not.toContain(deel);
    }

    const stap = (pad: string, body: object) => api.http().post(`/api/melding/zaken/${zaakId}/${pad}`).set(auth).send(body);
    clock.set('2021-03-10T09:00:00Z');
    await stap('koppel-aan-pand', { pand: { adresseerbaarObjectId: '0928010000012345' } }).expect(200);
    // Taken into a case, the melding names it: without, 422 on the field, nothing appended.
    const zonderZaak = await stap('sluiting', { reden: 'opgenomen-in-zaak' }).expect(422);
    expect(zonderZaak.body).toMatchObject({ rule: 'melding/zaak-ontbreekt', errors: [{ field: 'zaak.context' }] });
    expect(await api.eventStore().readStream(`melding-${zaakId}`)).toHaveLength(2);
    await stap('sluiting', { reden: 'opgenomen-in-zaak', zaak: { context: 'damocles', zaakId: '6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b' } }).expect(200);

    const gezien = await api.http().get(`/api/melding/zaken/${zaakId}`).set(auth).expect(200);
    expect(gezien.body.toestand).toMatchObject({ status: 'gesloten', reden: 'opgenomen-in-zaak', melding: { plaats: { soort: 'pand', pand: { adresseerbaarObjectId: '0928010000012345' } } } });
    expect(gezien.body.tijdlijn.map((t: { stap: string }) => t.stap)).toEqual(['MeldingGeregistreerd', 'MeldingAanPandGekoppeld', 'MeldingGesloten']);
    // That it has a description, sealed; never the ciphertext, nor the words.
    expect(gezien.body.tijdlijn[0].gegevens.omschrijving).toEqual({ verzegeld: true });
    expect(JSON.stringify(gezien.body)).not.toContain((event.data as { omschrijving: { verzegeld: string } }).omschrijving.verzegeld);
  });

  it('refuses bad input naming the field, and appends nothing', async () => {
    const zaakId = '0d6c3f1e-7a2b-4c5d-8e9f-a0b1c2d3e4f5';
    const melding = { zaakId, gemeente: KERKRADE, bron: 'meldpunt-overlast', categorie: 'drugsoverlast', plaats: { soort: 'gebied', omschrijving: 'Markt' }, meldingsdatum: '2021-04-01' };
    // The meldkamer's category is not the meldpunt's: the decider's 422 on categorie.
    const verkeerd = await registreer({ ...melding, categorie: 'overlast-geluid' }, '2021-04-01', 422);
    expect(verkeerd.body).toMatchObject({ rule: 'melding/categorie-past-niet-bij-bron', errors: [{ field: 'categorie' }] });
    // A meldingsdatum after today.
    const toekomst = await registreer({ ...melding, meldingsdatum: '2021-04-02' }, '2021-04-01', 422);
    expect(toekomst.body).toMatchObject({ rule: 'melding/datum-in-de-toekomst', errors: [{ field: 'meldingsdatum' }] });
    // A shape the edge refuses: 400 naming the fields.
    const vorm = await registreer({ ...melding, bron: 'twitter', plaats: { soort: 'gebied' } }, '2021-04-01', 400);
    expect([...new Set(vorm.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['bron', 'plaats.omschrijving']);
    expect(await api.eventStore().readStream(`melding-${zaakId}`)).toEqual([]);
    // Another gemeente's medewerker registers nothing here.
    const elders = await api.token(['juridisch-medewerker'], ['GM0882']);
    await api.http().post('/api/melding/zaken').set('Authorization', `Bearer ${elders}`).send(melding).expect(403);
    expect(await api.eventStore().readStream(`melding-${zaakId}`)).toEqual([]);
  });

  it('reproduces Kerkrade’s meldpunt rows 2018–2020 from meldingen registered through the API, as known then and now', async () => {
    const meldingen = Object.entries(KERKRADE_MELDPUNT).flatMap(([jaar, { rij }]) =>
      MELDPUNT_CATEGORIEEN.flatMap((categorie, k) => Array.from({ length: rij[k] }, (_, i) => ({ categorie, meldingsdatum: dag(Number(jaar), i) }))),
    );
    // Made on 30 December 2020, typed in on 15 January 2021: a 2020 melding the report of 14 January did not know.
    const laat = { categorie: 'drugsoverlast' as MeldpuntCategorie, meldingsdatum: '2020-12-30', geregistreerdOp: '2021-01-15' };
    const perDag = new Map<string, { categorie: MeldpuntCategorie; meldingsdatum: string }[]>();
    for (const m of [...meldingen.map((m) => ({ ...m, geregistreerdOp: volgendeDag(m.meldingsdatum) })), laat]) perDag.set(m.geregistreerdOp, [...(perDag.get(m.geregistreerdOp) ?? []), m]);
    let na = '0';
    for (const geregistreerdOp of [...perDag.keys()].sort()) {
      clock.set(`${geregistreerdOp}T09:00:00Z`);
      const antwoorden = await Promise.all(
        (perDag.get(geregistreerdOp) ?? []).map(({ categorie, meldingsdatum }) =>
          api.http().post('/api/melding/zaken').set(auth).send({ gemeente: KERKRADE, bron: 'meldpunt-overlast', categorie, plaats: { soort: 'gebied', omschrijving: 'Kerkrade-West' }, meldingsdatum }).expect(201),
        ),
      );
      na = antwoorden.map((a) => String(a.body.position)).reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b), na);
    }

    const cijfers = async (jaar: number, bekendOp?: string) =>
      (await api.http().get('/api/meldingen/cijfers').query({ gemeente: KERKRADE, jaar, na, ...(bekendOp === undefined ? {} : { bekendOp }) }).set(auth).expect(200)).body;
    for (const jaar of [2018, 2019, 2020]) {
      const toen = await cijfers(jaar, '2021-01-14');
      expect(MELDPUNT_CATEGORIEEN.map((c) => toen.perBron['meldpunt-overlast'].perCategorie[c].aantal)).toEqual(KERKRADE_MELDPUNT[jaar].rij);
      expect(toen.perBron['meldpunt-overlast'].totaal).toBe(KERKRADE_MELDPUNT[jaar].totaal);
    }
    // As known now, 2020 holds the late one; the years before are as printed.
    const nu = await cijfers(2020);
    expect([nu.perBron['meldpunt-overlast'].totaal, nu.perBron['meldpunt-overlast'].perCategorie.drugsoverlast.aantal, nu.bekendOp]).toEqual([240, 140, null]);
    expect((await cijfers(2019)).perBron['meldpunt-overlast'].totaal).toBe(263);
    // As known on 30 June 2020, the half of 2020 registered by then.
    expect((await cijfers(2020, '2020-06-30')).perBron['meldpunt-overlast'].perCategorie.drugsoverlast.aantal).toBe(72);

    const csv = await api.http().get('/api/meldingen/cijfers').query({ gemeente: KERKRADE, jaar: 2020, bekendOp: '2021-01-14', formaat: 'csv' }).set(auth).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n').slice(2, 4)).toEqual([['meldpunt-overlast', ...MELDPUNT_CATEGORIEEN, 'totaal'].join(';'), '2020;139;0;18;5;1;1;1;0;74;239']);

    // The cases behind a cell, when asked.
    const metZaken = (await api.http().get('/api/meldingen/cijfers').query({ gemeente: KERKRADE, jaar: 2019, metZaakIds: 'true' }).set(auth).expect(200)).body;
    expect(metZaken.perBron['meldpunt-overlast'].perCategorie['georganiseerde-criminaliteit-en-ondermijning'].zaakIds).toHaveLength(1);
    // The figures are per year: a period is refused on jaar.
    const periode = await api.http().get('/api/meldingen/cijfers').query({ gemeente: KERKRADE, van: '2020-01-01', tot: '2020-06-30' }).set(auth);
    expect(periode.body.errors.map((e: { field: string }) => e.field)).toEqual(['jaar']);
  });

  it('the annual report (issue 16): chapter 6 with the meldpunt rows 2020, 2019, 2018 as printed, the late melding of 30 December beside the figure reported on 14 January', async () => {
    const { body } = await api
      .http()
      .get('/api/rapportage/jaarverslag')
      .query({ gemeente: KERKRADE, jaar: 2020, bekendOp: '2021-01-14' })
      .set('Authorization', `Bearer ${await api.token(['oov-analist'], [KERKRADE])}`)
      .set('Accept', 'application/json')
      .expect(200);
    type Cel = { waarde: number; toen?: number; zaken?: string[]; voetnoten?: string[] };
    const hoofdstuk = body.hoofdstukken.find((h: { id: string }) => h.id === 'meldingen');
    const meldpunt = hoofdstuk.tabellen.find((t: { id: string }) => t.id === 'meldingen-meldpunt');
    expect(meldpunt.rijkop).toBe('Meldingen meldpunt overlast');
    expect(meldpunt.kolommen.map((k: { kop: string }) => k.kop)).toEqual([
      'Drugs overlast',
      'Georganiseerde criminaliteit en ondermijning',
      'Gevaar/overlast door verward gedrag',
      'Jeugd overlast',
      'Prostitutie en mensenhandel',
      'Huiselijk geweld',
      'Sociale veiligheid in de openbare ruimte',
      'Verkeer veiligheid',
      'Woon overlast',
      'totaal',
    ]);
    // Each row as Kerkrade printed it (as reported on 14 January 2021); 2020 as known now holds the late one.
    const rijen = meldpunt.rijen.map((rij: { kop: string; cellen: Record<string, Cel> }) => [
      rij.kop,
      [...MELDPUNT_CATEGORIEEN, 'totaal'].map((kolom) => (rij.cellen[kolom]?.toen === undefined ? rij.cellen[kolom]?.waarde : [rij.cellen[kolom]?.waarde, rij.cellen[kolom]?.toen])),
    ]);
    expect(rijen).toEqual([
      ['2020', [[140, 139], 0, 18, 5, 1, 1, 1, 0, 74, [240, 239]]],
      ['2019', [...KERKRADE_MELDPUNT[2019].rij, 263]],
      ['2018', [...KERKRADE_MELDPUNT[2018].rij, 205]],
    ]);
    const drugs2020 = meldpunt.rijen[0].cellen.drugsoverlast as Cel;
    expect(drugs2020.zaken).toHaveLength(140);
    const voetnoot = meldpunt.voetnoten.find((v: { id: string }) => v.id === drugs2020.voetnoten?.[0]).tekst;
    expect(voetnoot).toMatch(/^2020, Drugs overlast: op 14-01-2021 gerapporteerd als 139, nu 140 \(met 1 vermeerderd\)\. Sindsdien meegeteld .*: zaak [0-9a-f-]{36}\.$/);
    const [laat] = drugs2020.zaken?.filter((zaakId) => voetnoot.includes(zaakId)) ?? [];
    expect((await api.eventStore().readStream(`melding-${laat}`))[0]?.data).toMatchObject({ meldingsdatum: '2020-12-30', geregistreerdOp: '2021-01-15' });
    expect(meldpunt.voetnoten).toHaveLength(2);
    // The meldkamer's table has its 15 columns and the total, empty here.
    const meldkamer = hoofdstuk.tabellen.find((t: { id: string }) => t.id === 'meldingen-meldkamer');
    expect(meldkamer.kolommen).toHaveLength(16);
    expect(meldkamer.rijen.map((rij: { cellen: { totaal: Cel } }) => rij.cellen.totaal.waarde)).toEqual([0, 0, 0]);

    // The meldpunt per category over five years, as reported on 14 January 2021.
    const trend = hoofdstuk.trends.find((t: { id: string }) => t.id === 'meldingen-meldpunt');
    expect(trend.jaren).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(trend.reeksen.slice(0, 3)).toEqual([
      { naam: 'Drugs overlast', waarden: [0, 0, 53, 89, 139] },
      { naam: 'Georganiseerde criminaliteit en ondermijning', waarden: [0, 0, 0, 1, 0] },
      { naam: 'Gevaar/overlast door verward gedrag', waarden: [0, 0, 26, 18, 18] },
    ]);
  });
});
