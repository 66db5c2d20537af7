import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settableClock, startTestApi, testRedisUrl, type SettableClock, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

/** Text no event, log line, read model or answer other than an inzage may ever hold. */
const GEHEIM = 'GEHEIM-BIBOB-7f3a';
const geheim = (n: number): string => `${GEHEIM}-${n}: financiering onverklaard`;
/** A betrokkene of GM0928, registered before the tests: a toets names only its own gemeente's betrokkenen. */
let aanvragerId = '';

const startToets = (velden: object = {}): object => ({
  gemeente: 'GM0928',
  startdatum: '2023-09-05',
  aanleiding: { soort: 'aanvraag', aanvraagtype: 'exploitatievergunning-horeca', ontvangstdatum: '2023-09-04', aanvragerId },
  datum: '2023-09-05',
  ...velden,
});

describeWithRedis('Bibob over HTTP: a toets walked by the Bibob role, its contents sealed and every read recorded', () => {
  let api: TestApi;
  let clock: SettableClock;
  let bibob: string;
  let medewerker: string;
  let beheer: string;

  beforeAll(async () => {
    clock = settableClock();
    api = await startTestApi(redisUrl ?? '', {}, { clock });
    bibob = await api.token(['bibob'], ['GM0928'], 'bibob-coordinator');
    medewerker = await api.token(['juridisch-medewerker']);
    beheer = await api.token(['beheer'], ['GM0928'], 'beheerder');
    aanvragerId = (await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send({ gemeente: 'GM0928', soort: 'bedrijf', naam: 'Horeca BV' }).expect(201)).body.betrokkeneId;
  });

  afterAll(() => api?.close());

  const op = (dag: string): void => clock.set(`${dag}T10:00:00Z`);

  async function start(): Promise<string> {
    op('2023-09-05');
    const response = await api.http().post('/api/bibob/zaken').set('Authorization', `Bearer ${bibob}`).send(startToets()).expect(201);
    expect(response.headers['location']).toBe(`/api/bibob/zaken/${response.body.zaakId}`);
    return response.body.zaakId;
  }

  function stapper(zaakId: string, token = bibob) {
    return async (pad: string, body: Record<string, unknown>, status = 200) => {
      if (typeof body['datum'] === "string") op(body['datum']);
      const response = await api.http().post(`/api/bibob/zaken/${zaakId}/${pad}`).set('Authorization', `Bearer ${token}`).send(body);
      expect({ pad, status: response.status }).toEqual({ pad, status });
      return response;
    };
  }

  async function rauweEvents(): Promise<string> {
    return JSON.stringify(await api.eventStore().readAll(), (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  }

  /** Everything a Redis key holds, as text (DUMP would compress long values and hide a marker). */
  async function inhoudVanSleutel(sleutel: string): Promise<string> {
    switch (await api.redis.type(sleutel)) {
      case 'string':
        return (await api.redis.get(sleutel)) ?? '';
      case 'hash':
        return JSON.stringify(await api.redis.hgetall(sleutel));
      case 'set':
        return JSON.stringify(await api.redis.smembers(sleutel));
      case 'zset':
        return JSON.stringify(await api.redis.zrange(sleutel, '0', '-1'));
      case 'list':
        return JSON.stringify(await api.redis.lrange(sleutel, 0, -1));
      case 'stream':
        return JSON.stringify(await api.redis.xrange(sleutel, '-', '+'));
      default:
        throw new Error(`onbekend type van ${sleutel}`);
    }
  }

  /**
   * The leak test (art. 28 Wet Bibob): once the read models have taken every step, the marker is
   * nowhere but in sealed form — not in any Redis key (read models, deadline list, checkpoints),
   * not in the event store's files on disk, and not in any answer of any Bibob read route or the
   * deadline list, for any role; the sealed form itself is in no Redis key and no answer either,
   * and neither is the degree of danger found.
   */
  async function zoekOveral(zaakId: string, positie: string): Promise<void> {
    await api.http().get(`/api/termijnen?gemeente=GM0928&peildatum=2024-03-01&na=${positie}`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    await api.http().get(`/api/bibob/cijfers?gemeente=GM0928&jaar=2023&na=${positie}`).set('Authorization', `Bearer ${bibob}`).expect(200);
    const sleutels: string[] = [];
    let cursor = '0';
    do {
      const [volgende, gevonden] = await api.redis.scan(cursor, 'MATCH', `${api.config.redisKeyPrefix}*`, 'COUNT', 1000);
      sleutels.push(...gevonden);
      cursor = volgende;
    } while (cursor !== '0');
    expect(sleutels.some((sleutel) => sleutel.includes('bibob'))).toBe(true);
    for (const sleutel of sleutels) {
      const waarde = await inhoudVanSleutel(sleutel);
      // Nor the degree of danger the LBB concluded: it is on the stream only.
      expect({ sleutel, geheim: waarde.includes(GEHEIM), verzegeld: waarde.includes('A256GCM'), mate: waarde.includes('ernstige-mate') }).toEqual({ sleutel, geheim: false, verzegeld: false, mate: false });
    }
    const bestanden = readdirSync(api.config.dataDir, { recursive: true, withFileTypes: true }).filter((item) => item.isFile());
    expect(bestanden.some((item) => item.name.endsWith('.db') || item.name.endsWith('.sqlite'))).toBe(true);
    for (const bestand of bestanden) expect({ bestand: bestand.name, geheim: readFileSync(join(bestand.parentPath, bestand.name)).includes(GEHEIM) }).toEqual({ bestand: bestand.name, geheim: false });
    const routes = [
      `/api/bibob/zaken/${zaakId}`,
      `/api/bibob/zaken/${zaakId}?op=2023-12-01`,
      '/api/bibob/zaken?gemeente=GM0928',
      '/api/bibob/cijfers?gemeente=GM0928&jaar=2023',
      '/api/bibob/cijfers?gemeente=GM0928&jaar=2023&formaat=csv',
      '/api/bibob/inzagelog?gemeente=GM0928',
      '/api/termijnen?gemeente=GM0928&peildatum=2024-01-15',
    ];
    for (const rol of ['bibob', 'juridisch-medewerker', 'toezichthouder', 'oov-analist', 'beheer'] as const) {
      const token = await api.token([rol]);
      for (const route of routes) {
        const antwoord = await api.http().get(route).set('Authorization', `Bearer ${token}`);
        expect({ rol, route, geheim: antwoord.text.includes(GEHEIM), verzegeld: antwoord.text.includes('A256GCM') }).toEqual({ rol, route, geheim: false, verzegeld: false });
      }
    }
  }

  it('walks a toets from start to the beslissing op bezwaar; every content is sealed, the toets reads per role, inzage is recorded, key destruction leaves state and figures', async () => {
    const zaakId = await start();
    const stap = stapper(zaakId);
    await stap('gegevensverzoek', { soort: 'vragenformulier', verzenddatum: '2023-09-06', omschrijving: geheim(1), datum: '2023-09-06' });
    await stap('gegevens-ontvangen', { ontvangstdatum: '2023-09-20', datum: '2023-09-20' });
    await stap('eigen-onderzoek', { uitkomst: 'advies-nodig', bevindingen: geheim(2), datum: '2023-09-29' });
    await stap('lbb-adviesaanvraag', { verzenddatum: '2023-10-02', betrokkeneGeinformeerdOp: '2023-10-02', datum: '2023-10-02' });
    await stap('lbb-vragen', { gesteldOp: '2023-10-23', datum: '2023-10-23' });
    await stap('lbb-antwoord', { beantwoordOp: '2023-11-06', datum: '2023-11-06' });
    const advies = await stap('lbb-advies', { ontvangstdatum: '2023-11-15', conclusie: 'ernstige-mate', advies: geheim(3), datum: '2023-11-15' });
    expect(advies.body.events).toEqual(['LbbAdviesOntvangen']);
    await stap('voornemen', { strekking: 'weigeren', verzenddatum: '2023-11-17', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, motivering: geheim(4), datum: '2023-11-17' });
    await stap('zienswijzetermijn-verstreken', { datum: '2023-12-04' });
    await stap('besluit', { uitkomst: 'geweigerd', bekendmakingsdatum: '2023-12-06', motivering: geheim(5), datum: '2023-12-06' });
    await stap('bezwaar', { ontvangstdatum: '2024-01-10', adviescommissie: false, datum: '2024-01-10' });
    await stap('herstelverzoek', { verzuim: geheim(6), hersteltermijnEinde: '2024-01-24', datum: '2024-01-11' });
    await stap('einde-opschorting', { einde: 'verzuim-hersteld', datum: '2024-01-18' });
    const laatste = await stap('beslissing-op-bezwaar', { uitkomst: 'ongegrond', bekendmakingsdatum: '2024-02-28', datum: '2024-02-28' });
    await zoekOveral(zaakId, String(laatste.body.position));

    // Plain text never reached the event store: every content field holds only { verzegeld }.
    const rauw = await rauweEvents();
    expect(rauw).not.toContain(GEHEIM);
    const bevindingen = (await api.eventStore().readStream(`bibob-${zaakId}`)).find((event) => event.type === 'EigenOnderzoekAfgerond')?.data as { bevindingen: unknown };
    expect(bevindingen.bevindingen).toEqual({ verzegeld: expect.stringMatching(/^A256GCM\.1\./) });

    // The Bibob role: the whole state and where content is, never its text.
    op('2024-03-01');
    const alsBibob = await api.http().get(`/api/bibob/zaken/${zaakId}`).set('Authorization', `Bearer ${bibob}`).expect(200);
    expect(alsBibob.headers['cache-control']).toBe('no-store');
    expect(alsBibob.body.toestand).toMatchObject({ status: 'besloten', onderzoek: { eigenOnderzoek: { vervolg: 'advies-nodig' }, lbb: { advies: { ontvangstdatum: '2023-11-15' } } } });
    // The degree of danger is on the stream only: the Bibob role reads it in the timeline, no state or read model holds it.
    expect(alsBibob.body.tijdlijn.find((t: { stap: string }) => t.stap === 'LbbAdviesOntvangen').gegevens.conclusie).toBe('ernstige-mate');
    expect(JSON.stringify(alsBibob.body.toestand)).not.toContain('ernstige-mate');
    expect(alsBibob.body.inhoud.status).toBe('verzegeld');
    expect(alsBibob.body.inhoud.velden.map((v: { stap: string; veld: string }) => `${v.stap}.${v.veld}`)).toEqual([
      'GegevensOpgevraagd.omschrijving',
      'EigenOnderzoekAfgerond.bevindingen',
      'LbbAdviesOntvangen.advies',
      'VoornemenVerzonden.motivering',
      'BibobBesluitGenomen.motivering',
      'HerstelVerzuimGevraagd.inhoud',
    ]);
    expect(alsBibob.body.tijdlijn.find((t: { stap: string }) => t.stap === 'EigenOnderzoekAfgerond').gegevens.bevindingen).toEqual({ verzegeld: true });
    expect(JSON.stringify(alsBibob.body)).not.toMatch(/A256GCM|GEHEIM/);

    // As of a date: what was recorded by then, the terms on that day.
    const toen = await api.http().get(`/api/bibob/zaken/${zaakId}?op=2023-10-10`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(toen.body).toMatchObject({ status: 'advies-gevraagd', termijnen: { lbbAdvies: { einde: '2023-11-27' } } });
    await api.http().get(`/api/bibob/zaken/${zaakId}?op=10-10-2023`).set('Authorization', `Bearer ${medewerker}`).expect(400);

    // Every other role with access: that it exists, its state, dates and terms; nothing found, nobody named.
    for (const rol of ['juridisch-medewerker', 'toezichthouder', 'oov-analist', 'beheer'] as const) {
      const anders = await api.http().get(`/api/bibob/zaken/${zaakId}`).set('Authorization', `Bearer ${await api.token([rol])}`).expect(200);
      expect(Object.keys(anders.body).sort()).toEqual(['aanleiding', 'besluit', 'gemeente', 'startdatum', 'status', 'termijnen', 'zaakId']);
      expect(anders.body).toMatchObject({ status: 'besloten', aanleiding: { soort: 'aanvraag', aanvraagtype: 'exploitatievergunning-horeca' }, besluit: { uitkomst: 'geweigerd' }, termijnen: { bezwaartermijnEinde: '2024-01-17' } });
      expect(JSON.stringify(anders.body)).not.toMatch(/ernstige-mate|advies-nodig|"verzegeld"|A256GCM/);
      expect(JSON.stringify(anders.body)).not.toContain(aanvragerId);
    }
    // Another gemeente's toets does not exist.
    await api.http().get(`/api/bibob/zaken/${zaakId}`).set('Authorization', `Bearer ${await api.token(['bibob'], ['GM0888'])}`).expect(404);

    // Steps and inzage are the Bibob role's only.
    await stapper(zaakId, medewerker)('voorlopige-voorziening', { stap: 'gevraagd' }, 403);
    await api.http().post(`/api/bibob/zaken/${zaakId}/inzage`).set('Authorization', `Bearer ${beheer}`).send({ reden: 'nieuwsgierig' }).expect(403);
    await api.http().post('/api/bibob/zaken').set('Authorization', `Bearer ${medewerker}`).send(startToets()).expect(403);

    // Inzage without a reason: 400 naming `reden`; nothing recorded, nothing opened.
    const zonderReden = await api.http().post(`/api/bibob/zaken/${zaakId}/inzage`).set('Authorization', `Bearer ${bibob}`).send({}).expect(400);
    expect(zonderReden.headers['content-type']).toContain('application/problem+json');
    expect(new Set(zonderReden.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['reden']));
    expect(JSON.stringify(zonderReden.body)).not.toContain(GEHEIM);

    // With a reason: the contents, and the read in the audit stream before the answer.
    const inzage = await api.http().post(`/api/bibob/zaken/${zaakId}/inzage`).set('Authorization', `Bearer ${bibob}`).send({ reden: 'Voorbereiding hoorzitting bezwaar' }).expect(200);
    expect(inzage.headers['cache-control']).toBe('no-store');
    expect(inzage.body.inhoud.map((v: { veld: string; tekst: string }) => [v.veld, v.tekst])).toEqual([
      ['omschrijving', geheim(1)],
      ['bevindingen', geheim(2)],
      ['advies', geheim(3)],
      ['motivering', geheim(4)],
      ['motivering', geheim(5)],
      ['inhoud', geheim(6)],
    ]);
    const log = await api.http().get('/api/bibob/inzagelog?gemeente=GM0928&van=2024-03-01&tot=2024-03-01').set('Authorization', `Bearer ${beheer}`).expect(200);
    expect(log.body.inzagen).toEqual([{ zaakId, door: 'bibob-coordinator', rollen: ['bibob'], reden: 'Voorbereiding hoorzitting bezwaar', velden: 6, op: expect.stringMatching(/^2024-03-01T/) }]);
    const eerder = await api.http().get('/api/bibob/inzagelog?gemeente=GM0928&tot=2024-02-29').set('Authorization', `Bearer ${beheer}`).expect(200);
    expect(eerder.body.inzagen).toEqual([]);
    await api.http().get('/api/bibob/inzagelog?gemeente=GM0928').set('Authorization', `Bearer ${bibob}`).expect(403);
    await api.http().get('/api/bibob/inzagelog?gemeente=GM0888').set('Authorization', `Bearer ${beheer}`).expect(403);
    // The audit stream is not a Bibob stream: the Bibob read models never see it.
    expect((await api.eventStore().readStream('inzage-bibob-GM0928')).map((event) => event.type)).toEqual(['BibobInhoudIngezien']);

    // The retention term: beheer destroys the toets's key; the content reads as destroyed, the state stays.
    await api.http().post(`/api/bibob/zaken/${zaakId}/vernietig-inhoud`).set('Authorization', `Bearer ${bibob}`).send({ reden: 'bewaartermijn-verstreken' }).expect(403);
    op('2031-01-06');
    const vernietigd = await api.http().post(`/api/bibob/zaken/${zaakId}/vernietig-inhoud`).set('Authorization', `Bearer ${beheer}`).send({ reden: 'bewaartermijn-verstreken' }).expect(200);
    expect(vernietigd.body).toMatchObject({ zaakId, status: 'vernietigd na bewaartermijn', reden: 'bewaartermijn-verstreken' });
    // The destruction is a fact of the toets, by whom and on which day.
    expect((await api.eventStore().readStream(`bibob-${zaakId}`)).filter((event) => event.type === 'InhoudVernietigd').map((event) => event.data)).toEqual([
      { zaakId, reden: 'bewaartermijn-verstreken', datum: '2031-01-06', door: 'beheerder' },
    ]);
    const naVernietiging = await api.http().post(`/api/bibob/zaken/${zaakId}/inzage`).set('Authorization', `Bearer ${bibob}`).send({ reden: 'Controle na vernietiging' }).expect(200);
    expect(naVernietiging.body.status).toBe('vernietigd na bewaartermijn');
    expect(naVernietiging.body.inhoud).toHaveLength(6);
    expect(naVernietiging.body.inhoud.every((v: { status: string; tekst?: string }) => v.status === 'vernietigd na bewaartermijn' && v.tekst === undefined)).toBe(true);
    const stand = await api.http().get(`/api/bibob/zaken/${zaakId}`).set('Authorization', `Bearer ${bibob}`).expect(200);
    expect(stand.body).toMatchObject({ status: 'besloten', besluit: { uitkomst: 'geweigerd' }, inhoud: { status: 'vernietigd na bewaartermijn' } });
    // New content after the destruction: refused with the rule, not a crash; steps without content go on.
    const nieuweInhoud = await stap('verdaging', { lengte: { aantal: 6, eenheid: 'weken' }, reden: geheim(13), datum: '2031-01-06' }, 422);
    expect(nieuweInhoud.body.rule).toBe('bibob/inhoud-vernietigd');
    await stap('beroep', { rechtbank: 'Rechtbank Limburg', indieningsdatum: '2024-03-20', datum: '2031-01-06' });

    // Not a word of content in any log line; the audit lines name the resource.
    expect(api.logs()).not.toContain(GEHEIM);
    expect(api.logs()).toContain(`"resource":"bibob/zaken/${zaakId}/inzage"`);
  });

  it('refuses bad input with 400 problem+json naming field and rule, never echoing content, and appends nothing', async () => {
    const zaakId = await start();
    const stap = stapper(zaakId);
    const voor = await api.eventStore().readStream(`bibob-${zaakId}`);
    const fout = await stap('eigen-onderzoek', { uitkomst: 'heel-erg', bevindingen: geheim(7), geheimVeld: geheim(8), datum: '2023-09-29' }, 400);
    expect(fout.headers['content-type']).toContain('application/problem+json');
    expect(fout.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`).sort()).toEqual(['geheimVeld:onbekend-veld', 'uitkomst:isIn']);
    expect(JSON.stringify(fout.body)).not.toContain(GEHEIM);
    const leeg = await stap('eigen-onderzoek', { uitkomst: 'geen-gevaar', bevindingen: { tekst: geheim(9) }, datum: '2023-09-29' }, 400);
    expect(leeg.body.errors.map((e: { field: string }) => e.field)).toContain('bevindingen');
    expect(JSON.stringify(leeg.body)).not.toContain(GEHEIM);
    // A body that is not JSON: refused without quoting it.
    const geenJson = await api.http().post(`/api/bibob/zaken/${zaakId}/eigen-onderzoek`).set('Authorization', `Bearer ${bibob}`).set('Content-Type', 'application/json').send(`{"bevindingen": ${geheim(14)}}`);
    expect(geenJson.status).toBe(400);
    expect(geenJson.text).not.toContain(GEHEIM);
    // A step the toets is not ready for: 422 with the rule, and the content in it was never stored.
    const teVroeg = await stap('lbb-advies', { ontvangstdatum: '2023-09-30', conclusie: 'geen-gevaar', advies: geheim(10), datum: '2023-09-30' }, 422);
    expect(JSON.stringify(teVroeg.body)).not.toContain(GEHEIM);
    // A running toets keeps its contents.
    const lopend = await api.http().post(`/api/bibob/zaken/${zaakId}/vernietig-inhoud`).set('Authorization', `Bearer ${beheer}`).send({ reden: 'bewaartermijn-verstreken' }).expect(422);
    expect(lopend.body.rule).toBe('bibob/bewaartermijn-niet-verstreken');
    // A reason the destruction does not know: 400 naming `reden`.
    const fouteReden = await api.http().post(`/api/bibob/zaken/${zaakId}/vernietig-inhoud`).set('Authorization', `Bearer ${beheer}`).send({ reden: 'zomaar' }).expect(400);
    expect(fouteReden.headers['content-type']).toContain('application/problem+json');
    expect(fouteReden.body.errors.map((e: { field: string }) => e.field)).toEqual(['reden']);
    expect(await api.eventStore().readStream(`bibob-${zaakId}`)).toHaveLength(voor.length);
    expect(await rauweEvents()).not.toContain(GEHEIM);
    expect(api.logs()).not.toContain(GEHEIM);
  });

  it('takes Bibob commands in an import; its answers hold no content, and an inzage cannot run inside one', async () => {
    op('2023-10-01');
    const zaakId = '5a2e0c1b-3d4f-4a6b-8c9d-0e1f2a3b4c5d';
    const antwoord = await api
      .http()
      .post('/api/import')
      .set('Authorization', `Bearer ${bibob}`)
      .send({
        opdrachten: [
          { regel: 1, reeks: zaakId, opdracht: 'POST /api/bibob/zaken', body: startToets({ zaakId }) },
          { regel: 2, reeks: zaakId, opdracht: `POST /api/bibob/zaken/${zaakId}/eigen-onderzoek`, body: { uitkomst: 'mindere-mate', bevindingen: geheim(11), datum: '2023-09-29' } },
          { regel: 3, reeks: zaakId, opdracht: `POST /api/bibob/zaken/${zaakId}/eigen-onderzoek`, body: { uitkomst: 'mindere-mate', bevindingen: geheim(12), datum: '2023-09-30' } },
          { regel: 4, reeks: zaakId, opdracht: `POST /api/bibob/zaken/${zaakId}/inzage`, body: { reden: 'via de import' } },
        ],
      })
      .expect(200);
    expect(antwoord.body.uitkomsten.map((u: { status: number }) => u.status)).toEqual([201, 200, 422, 400]);
    expect(antwoord.body.uitkomsten[3].body.errors[0].rule).toBe('niet-via-import');
    expect(JSON.stringify(antwoord.body)).not.toContain(GEHEIM);
    expect(await rauweEvents()).not.toContain(GEHEIM);
    const inzage = await api.http().post(`/api/bibob/zaken/${zaakId}/inzage`).set('Authorization', `Bearer ${bibob}`).send({ reden: 'Controle van de import' }).expect(200);
    expect(inzage.body.inhoud.map((v: { tekst: string }) => v.tekst)).toEqual([geheim(11)]);
    expect(api.logs()).not.toContain(GEHEIM);
  });
});
