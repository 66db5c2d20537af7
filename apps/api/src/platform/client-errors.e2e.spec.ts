import { gzipSync } from 'node:zlib';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

/**
 * A request the client got wrong (how its body is encoded, how big or deep it is) is answered
 * with a 4xx problem+json naming what to change, never a 500, and appends nothing.
 */
describeWithRedis('client errors over HTTP are 4xx problem+json, never 500', () => {
  let api: TestApi;
  let medewerker: string;
  const rapportage = {
    gemeente: 'GM0928',
    pand: { postcode: '6461 ab', huisnummer: 12 },
    pandtype: 'woning',
    constateringsdatum: '2020-03-02',
    ontvangstdatum: '2020-03-09',
    vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }],
    betrokkenen: [],
  };

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
  });

  afterAll(() => api?.close());

  /** POSTs a raw body as a new Damocles case; asserts the problem's status and that nothing was appended. */
  async function refused(status: number, body: Buffer | string, headers: Record<string, string> = {}) {
    const head = await api.eventStore().readHeadPosition();
    let request = api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).set('Content-Type', 'application/json');
    for (const [name, value] of Object.entries(headers)) request = request.set(name, value);
    // As the bytes are, not JSON-serialised by supertest (which would turn a Buffer into {type, data}).
    const response = await request.serialize((raw) => raw).send(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));
    expect({ status: response.status, contentType: response.headers['content-type'] }).toEqual({ status, contentType: expect.stringMatching(/^application\/problem\+json/) });
    const problem = JSON.parse(response.text);
    expect(problem).toMatchObject({ status, type: expect.stringMatching(/^https:\/\/handhaving\.nl\/problemen\//), title: expect.any(String), detail: expect.any(String) });
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    return problem;
  }

  it('the same case as a well-formed body is accepted (the route the refusals below are sent to)', async () => {
    await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send(rapportage).expect(201);
  });

  it('415 for a Content-Encoding the API does not know, 400 for a body that is not in the encoding it claims', async () => {
    const onbekend = await refused(415, JSON.stringify(rapportage), { 'Content-Encoding': 'klingon-zip' });
    expect(onbekend.detail).toMatch(/Content-Encoding/);
    const geenBrotli = await refused(400, JSON.stringify(rapportage), { 'Content-Encoding': 'br' });
    expect(geenBrotli.detail).toMatch(/Content-Encoding/);
    await refused(400, JSON.stringify(rapportage), { 'Content-Encoding': 'gzip' });
  });

  it('415 for a body that is not JSON: a form (it went through as if it were JSON) or text names the type to send', async () => {
    const formulier = await refused(415, 'gemeente=GM0928&soort=persoon&naam=F.+Orm', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(formulier).toMatchObject({ title: 'Geen JSON', detail: expect.stringMatching(/application\/json.*application\/x-www-form-urlencoded/) });
    await refused(415, JSON.stringify(rapportage), { 'Content-Type': 'text/plain' });
    // A person registered as a form before: the same refusal on that route, nothing appended.
    const head = await api.eventStore().readHeadPosition();
    await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).type('form').send({ gemeente: 'GM0928', soort: 'persoon', naam: 'F. Orm' }).expect(415);
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('415 for a charset the API cannot read', async () => {
    const problem = await refused(415, JSON.stringify(rapportage), { 'Content-Type': 'application/json; charset=klingon' });
    expect(problem.detail).toMatch(/utf-8/i);
  });

  it('413 for a body over the limit, also when it only inflates past it (a gzip bomb)', async () => {
    const groot = Buffer.alloc(9 * 1024 * 1024, ' ');
    const problem = await refused(413, groot);
    expect(problem.detail).toMatch(/8 MB/);
    const bom = gzipSync(groot);
    expect(bom.length).toBeLessThan(100 * 1024);
    await refused(413, bom, { 'Content-Encoding': 'gzip' });
  }, 30_000);

  it('400 for JSON that does not parse', async () => {
    const problem = await refused(400, '{"gemeente": "GM0928",');
    expect(problem).toMatchObject({ type: 'https://handhaving.nl/problemen/onleesbaar-verzoek', detail: expect.stringMatching(/geen geldige JSON/) });
  });

  it('400 naming the field for JSON nested deeper than 32 levels, also 10,000 deep; 32 levels still reach validation', async () => {
    const diep = await refused(400, `{"pand":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    expect(diep.errors).toEqual([expect.objectContaining({ field: expect.stringMatching(/^pand(\.0)+$/), rule: 'te-diep-genest' })]);
    expect(diep.errors[0].detail).toMatch(/32/);
    const genest = (niveaus: number): unknown => (niveaus === 1 ? {} : { a: genest(niveaus - 1) });
    // 32 levels deep (the body itself the first): refused by the DTO's rules, not for its depth.
    const net = await refused(400, JSON.stringify({ ...rapportage, pand: genest(31) }));
    expect(net.errors.map((error: { rule: string }) => error.rule)).not.toContain('te-diep-genest');
    const teDiep = await refused(400, JSON.stringify({ ...rapportage, pand: genest(32) }));
    expect(teDiep.errors.map((error: { rule: string }) => error.rule)).toEqual(['te-diep-genest']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('400 naming the field for a %s key, at the top or deeper', async (sleutel) => {
    const boven = await refused(400, `{"${sleutel}": {"isAdmin": true}, ${JSON.stringify(rapportage).slice(1)}`);
    expect(boven.errors).toEqual([expect.objectContaining({ field: sleutel, rule: 'verboden-veld' })]);
    const diep = await refused(400, JSON.stringify({ ...rapportage, vondsten: [{ categorie: 'softdrugs', omschrijving: 'x' }] }).replace('"categorie"', `"${sleutel}": {}, "categorie"`));
    expect(diep.errors).toEqual([expect.objectContaining({ field: `vondsten.0.${sleutel}`, rule: 'verboden-veld' })]);
  });

  it('400 naming the field for null in a field that may be left out: left out means absent, null must pass the field’s rules (the fuzzer found a 500 for reden: null)', async () => {
    const datum = await refused(400, JSON.stringify({ ...rapportage, datum: null }));
    expect(datum.errors).toEqual([expect.objectContaining({ field: 'datum' })]);
    const bron = await refused(400, JSON.stringify({ ...rapportage, bron: null }));
    expect(bron.errors).toEqual([expect.objectContaining({ field: 'bron' })]);
  });
});
