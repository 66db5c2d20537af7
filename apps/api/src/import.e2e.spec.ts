import { importNdjson } from '@handhaving/api-client';
import { voorbeeldBeleid } from '@handhaving/policy';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegisterVolgtVergunningEnTraject } from './kamerverhuur/processen/register-volgt-vergunning-en-traject.process';
import { startTestApi, testRedisUrl, type TestApi } from './test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('handhaving import: commands from an NDJSON file through the API', () => {
  let api: TestApi;
  let baseUrl: string;
  let dir: string;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'handhaving-import-'));
  });

  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends each command once: a second run of the same file appends nothing; bad lines are named with their reason', async () => {
    const beleid = voorbeeldBeleid();
    const lines = [
      JSON.stringify({ opdracht: 'POST /api/beleid/GM0928/versies', reeks: 'beleid-GM0928', body: { ingangsdatum: '2016-01-01', beleid, toelichting: 'import 1' } }),
      JSON.stringify({ opdracht: 'POST /api/beleid/GM0928/versies', reeks: 'beleid-GM0928', body: { ingangsdatum: '2020-01-01', beleid, toelichting: 'import 2' } }),
      JSON.stringify({ opdracht: 'POST /api/betrokkenen', body: { gemeente: 'GM0928', soort: 'persoon', naam: 'I. Mport' } }),
      '{ dit is geen json',
      JSON.stringify({ opdracht: 'POST /api/betrokkenen', body: { gemeente: 'GM0928', soort: 'kat', naam: 'X' } }),
      '',
      JSON.stringify({ opdracht: 'GET /api/beleid/GM0928' }),
    ];
    const file = join(dir, 'opdrachten.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const token = await api.token(['beheer', 'juridisch-medewerker']);

    const first = await importNdjson(file, { api: baseUrl, token });
    expect(first).toMatchObject({ lines: 7, appended: 3, alreadyProcessed: 0 });
    expect(first.rejected).toEqual([
      { line: 4, status: 0, reason: 'geen geldige JSON' },
      { line: 5, status: 400, reason: 'soort: soort moet persoon of bedrijf zijn' },
      { line: 7, status: 0, reason: 'opdracht moet "POST /api/…" (of PUT, PATCH, DELETE) zijn' },
    ]);
    const head = await api.eventStore().readHeadPosition();

    const second = await importNdjson(file, { api: baseUrl, token });
    expect(second).toMatchObject({ appended: 0, alreadyProcessed: 3 });
    expect(await api.eventStore().readHeadPosition()).toBe(head);

    const versies = await api.http().get('/api/beleid/GM0928/versies').set('Authorization', `Bearer ${token}`).expect(200);
    expect(versies.body.versies.map((versie: { ingangsdatum: string }) => versie.ingangsdatum)).toEqual(['2016-01-01', '2020-01-01']);
  });

  it('refuses a line whose body is no object, or that the API refuses by its shape, alone: the other lines of its request are appended', async () => {
    const token = await api.token(['juridisch-medewerker']);
    const betrokkene = (naam: string) => JSON.stringify({ opdracht: 'POST /api/betrokkenen', body: { gemeente: 'GM0928', soort: 'persoon', naam } });
    const lines = [
      betrokkene('A. Lleen'),
      '{"opdracht":"POST /api/damocles/zaken","body":[1,2]}',
      '{"opdracht":"POST /api/damocles/zaken","body":"x"}',
      'geen json',
      '{"opdracht":"POST /api/betrokkenen","body":{"gemeente":"GM0928","soort":"persoon","naam":"P. Roto","__proto__":{"rol":"beheer"}}}',
      betrokkene('O. Verig'),
    ];
    const file = join(dir, 'vormfouten.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const head = await api.eventStore().readHeadPosition();

    const summary = await importNdjson(file, { api: baseUrl, token });

    expect(summary).toMatchObject({ lines: 6, appended: 2, alreadyProcessed: 0 });
    expect(summary.rejected).toEqual([
      { line: 2, status: 0, reason: 'body moet een JSON-object zijn' },
      { line: 3, status: 0, reason: 'body moet een JSON-object zijn' },
      { line: 4, status: 0, reason: 'geen geldige JSON' },
      { line: 5, status: 400, reason: expect.stringMatching(/^body\.__proto__: Het veld opdrachten\.\d+\.body\.__proto__ is niet toegestaan/) },
    ]);
    expect(await api.eventStore().readHeadPosition()).toBeGreaterThan(head);
  });

  /*
   * Kerkrade's kamerverhuur list brought in from a file: a pand into the register and its later
   * stand (the register route names the pand by its key: the file does not know the id the API
   * gave its entry), a permit asked and granted and a traject started, under ids the file chose.
   */
  it('brings in a kamerverhuur history: the register addressed by the pand, permits and trajecten by the ids the file chose, once', async () => {
    const token = await api.token(['juridisch-medewerker']);
    const eigenaar = (await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${token}`).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'I. Mport' }).expect(201)).body.betrokkeneId as string;
    const pand = { postcode: '6461AB', huisnummer: 60 };
    const vergunning = '7d0c9a1e-3b2f-4c8d-9e0f-1a2b3c4d5e60';
    const traject = '7d0c9a1e-3b2f-4c8d-9e0f-1a2b3c4d5e61';
    const lines = [
      { opdracht: 'POST /api/kamerverhuurregister/zaken', body: { gemeente: 'GM0928', pand, aantalKamers: 5, betrokkenen: { eigenaarId: eigenaar }, ingangsdatum: '2019-01-01', datum: '2019-01-02' } },
      { opdracht: 'POST /api/kamerverhuurregister/zaken/adres:6461ab-60/stand', body: { naar: 'in-handhaving', ingangsdatum: '2019-03-04', datum: '2019-03-04' } },
      { opdracht: 'POST /api/kamerverhuurvergunning/zaken', body: { zaakId: vergunning, gemeente: 'GM0928', pand, aanvragerId: eigenaar, aantalKamers: 5, ontvangstdatum: '2019-04-01', datum: '2019-04-01' } },
      { opdracht: `POST /api/kamerverhuurvergunning/zaken/${vergunning}/verlening`, body: { ingangsdatum: '2019-05-01', datum: '2019-04-26' } },
      { opdracht: 'POST /api/kamerverhuurtraject/zaken', body: { zaakId: traject, gemeente: 'GM0928', pand, soort: 'woningsplitsing', overtrederId: eigenaar, constateringsdatum: '2019-06-03', toezichthouder: 't', bevindingen: 'twee voordeuren', datum: '2019-06-03' } },
      { opdracht: `POST /api/kamerverhuurtraject/zaken/${traject}/vooraankondiging`, body: { verzenddatum: '2019-06-10', datum: '2019-06-10' } },
    ].map((line) => JSON.stringify({ ...line, reeks: 'kamerverhuur-6461AB-60' }));
    const file = join(dir, 'kamerverhuur.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);

    const first = await importNdjson(file, { api: baseUrl, token });
    expect(first).toMatchObject({ lines: 6, appended: 6, alreadyProcessed: 0, rejected: [] });
    // The register follows the permit and the traject (a process manager appends to it): let it.
    const register = api.app.get(RegisterVolgtVergunningEnTraject);
    expect(await register.waitForPosition(await api.eventStore().readHeadPosition(), 10_000)).toBe(true);
    const head = await api.eventStore().readHeadPosition();
    expect(await register.waitForPosition(head, 10_000)).toBe(true);
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    expect(await importNdjson(file, { api: baseUrl, token })).toMatchObject({ appended: 0, alreadyProcessed: 6, rejected: [] });
    expect(await api.eventStore().readHeadPosition()).toBe(head);

    const registerZaak = await api.http().get('/api/kamerverhuurregister/zaken/adres:6461AB-60').set('Authorization', `Bearer ${token}`).expect(200);
    expect(registerZaak.body.toestand.wijzigingen.map((w: { naar: string; ingangsdatum: string }) => [w.naar, w.ingangsdatum])).toEqual([
      ['in-handhaving', '2019-03-04'],
      ['gelegaliseerd', '2019-05-01'],
      ['in-handhaving', '2019-06-03'],
    ]);
    const trajectZaak = await api.http().get(`/api/kamerverhuurtraject/zaken/${traject}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(trajectZaak.body.toestand.status).toBe('vooraankondiging-verzonden');
  });

  it('checks each command of an import request as if it came on its own: roles and gemeenten per line, no import inside an import', async () => {
    const medewerker = await api.token(['juridisch-medewerker']);
    const head = await api.eventStore().readHeadPosition();
    const response = await api
      .http()
      .post('/api/import')
      .set('Authorization', `Bearer ${medewerker}`)
      .send({
        opdrachten: [
          { regel: 1, opdracht: 'POST /api/beleid/GM0928/versies', body: { ingangsdatum: '2021-01-01', beleid: voorbeeldBeleid(), toelichting: 'niet mijn rol' } },
          { regel: 2, opdracht: 'POST /api/betrokkenen', body: { gemeente: 'GM0888', soort: 'persoon', naam: 'Niet mijn gemeente' } },
          { regel: 3, opdracht: 'POST /api/import', body: { opdrachten: [] } },
        ],
      })
      .expect(200);
    expect(response.body.uitkomsten.map((uitkomst: { regel: number; status: number }) => [uitkomst.regel, uitkomst.status])).toEqual([
      [1, 403],
      [2, 403],
      [3, 400],
    ]);
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    const teVeel = await api
      .http()
      .post('/api/import')
      .set('Authorization', `Bearer ${medewerker}`)
      .send({ opdrachten: Array.from({ length: 1001 }, () => ({ opdracht: 'POST /api/betrokkenen', body: {} })) })
      .expect(400);
    expect(teVeel.body.errors).toEqual([expect.objectContaining({ field: 'opdrachten', rule: 'arrayMaxSize' })]);
  });

  /*
   * The router, not the text, decides where a line goes: Express matches paths case-insensitively
   * and light-my-request resolves dot segments (also percent-encoded ones) and drops the fragment
   * before Express sees the path. Each of these reached the import itself and lifted the cap of
   * 1,000 commands per request; each answers the refusal now, and appends nothing.
   */
  /** Each path as a line of an import whose body is itself an import of one new betrokkene. */
  const importInImport = async (paden: readonly string[]): Promise<Array<{ status: number; body: { title?: string; detail?: string } }>> => {
    const binnen = { opdrachten: [{ opdracht: 'POST /api/betrokkenen', body: { gemeente: 'GM0928', soort: 'persoon', naam: 'G. Nest' } }] };
    const response = await api
      .http()
      .post('/api/import')
      .set('Authorization', `Bearer ${await api.token(['juridisch-medewerker'])}`)
      .send({ opdrachten: paden.map((pad) => ({ opdracht: `POST ${pad}`, body: binnen })) })
      .expect(200);
    return response.body.uitkomsten;
  };

  it('refuses an import inside an import however its path is written', async () => {
    const head = await api.eventStore().readHeadPosition();
    const paden = ['/api/Import', '/api/IMPORT', '/api/./import', '/api/x/../import', '/api/import#x', '/api/import/', '/api/import?x=1', '/api/%2e/import', '/api/x/%2E%2e/import', '/api/import/.'];
    const uitkomsten = await importInImport(paden);
    expect(uitkomsten.map((uitkomst) => [uitkomst.status, uitkomst.body.title, uitkomst.body.detail])).toEqual(
      paden.map(() => [400, 'Een import kan geen import bevatten', 'opdracht: POST /api/import kan niet in een import']),
    );
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('does not route a percent-encoded letter to the import: that line is not found, and nothing is appended', async () => {
    const head = await api.eventStore().readHeadPosition();
    expect((await importInImport(['/api/%69mport', '/api/IMPOR%54', '/api//import'])).map((uitkomst) => uitkomst.status)).toEqual([404, 404, 404]);
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('logs the import request and, of its lines, those that failed: a file of 100,000 commands does not write 100,000 request lines', async () => {
    const medewerker = await api.token(['juridisch-medewerker']);
    const correlatie = `logtest-${process.pid}-${Date.now()}`;
    await api
      .http()
      .post('/api/import')
      .set('Authorization', `Bearer ${medewerker}`)
      .set('X-Correlation-Id', correlatie)
      .send({
        opdrachten: [
          { regel: 1, opdracht: 'POST /api/betrokkenen', body: { gemeente: 'GM0928', soort: 'persoon', naam: 'L. Ogbaar' } },
          { regel: 2, opdracht: 'POST /api/betrokkenen', body: { gemeente: 'GM0928', soort: 'kat', naam: 'X' } },
        ],
      })
      .expect(200);
    const verzoeken = api
      .logs()
      .split('\n')
      .filter((regel) => regel.includes(correlatie))
      .map((regel) => JSON.parse(regel) as { level: number; req?: { id?: string }; res?: { statusCode?: number } })
      .filter((regel) => regel.res?.statusCode !== undefined)
      .map((regel) => [regel.req?.id, regel.level, regel.res?.statusCode]);
    // Info (30): the import request and the refused line; the line that succeeded only at debug (not written at LOG_LEVEL=info).
    expect(verzoeken.sort()).toEqual([
      [correlatie, 30, 200],
      [`${correlatie}.2`, 30, 400],
    ]);
  });
});
