import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

/** How the annual report is asked for and refused; its figures are checked against the Damocles scenario (damocles-scenario.e2e.spec.ts). */
describeWithRedis('GET /api/rapportage/jaarverslag', () => {
  let api: TestApi;
  let analist: string;
  const vorigChromium = process.env['CHROMIUM_PATH'];

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    analist = await api.token(['oov-analist'], ['GM0928']);
  });

  afterAll(async () => {
    if (vorigChromium === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = vorigChromium;
    await api?.close();
  });

  const vraag = (query: string, accept?: string) => {
    const request = api.http().get(`/api/rapportage/jaarverslag?${query}`).set('Authorization', `Bearer ${analist}`);
    return accept === undefined ? request : request.set('Accept', accept);
  };

  it('gives the format the Accept header asks for, JSON for */*; ?formaat wins over Accept', async () => {
    expect((await vraag('gemeente=GM0928&jaar=2020', 'text/html').expect(200)).headers['content-type']).toMatch(/^text\/html/);
    expect((await vraag('gemeente=GM0928&jaar=2020', 'text/csv').expect(200)).headers['content-disposition']).toBe('attachment; filename="jaarverslag-GM0928-2020.csv"');
    const json = await vraag('gemeente=GM0928&jaar=2020', '*/*').expect(200);
    expect(json.body).toMatchObject({ gemeente: 'GM0928', gemeentenaam: 'Kerkrade', periode: { jaar: 2020 } });
    expect(json.body.hoofdstukken.length).toBeGreaterThanOrEqual(2);
    expect((await vraag('gemeente=GM0928&jaar=2020&formaat=xlsx', 'application/json').expect(200)).headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses what it cannot give: 406 for a format it has not, 400 naming the field for a bad year or format, 403 for another gemeente', async () => {
    const geenFormaat = await vraag('gemeente=GM0928&jaar=2020', 'image/png').expect(406);
    expect(geenFormaat.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(geenFormaat.body.detail).toMatch(/application\/pdf/);
    expect((await vraag('gemeente=GM0928&jaar=9999').expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'jaar' })]);
    expect((await vraag('gemeente=GM0928&jaar=2020&formaat=docx').expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'formaat' })]);
    await vraag('gemeente=GM1903&jaar=2020').expect(403);
  });

  it('without Chromium on the server, the PDF is a 503 saying what to install, and the other formats still work', async () => {
    process.env['CHROMIUM_PATH'] = '/bestaat/niet/chromium';
    const response = await vraag('gemeente=GM0928&jaar=2020&formaat=pdf').expect(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toMatch(/apt-get install chromium/);
    await vraag('gemeente=GM0928&jaar=2020&formaat=html').expect(200);
  });
});
