import { randomUUID } from 'node:crypto';
import { startTestApi, testRedisUrl, type TestApi } from '../../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

/*
 * Security hardening (issue 18, item 5): the dates of a step lie from 1 January 1980 through the
 * day it is recorded (a date the law lets lie ahead: at most 10 years on), the dates and years of a
 * question from 1980 through 2100, and no list of a request is longer than its meaning allows.
 * Before, a rapportage dated 0001-01-01 was accepted and gave the figures a year 1 for ever, and a
 * rapportage with 20,000 vondsten was appended.
 */
describeWithRedis('Plausible input over HTTP: domain dates, question dates and list lengths', () => {
  let api: TestApi;
  let medewerker: string;
  let analist: string;
  const rapportage = {
    gemeente: 'GM0928',
    pand: { postcode: '6461 ab', huisnummer: 14 },
    pandtype: 'woning',
    constateringsdatum: '2020-03-02',
    ontvangstdatum: '2020-03-09',
    vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }],
    betrokkenen: [],
  };

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
    analist = await api.token(['oov-analist']);
  });

  afterAll(() => api?.close());

  const registreer = (body: object) => api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send(body);
  const jaarSleutels = async (jaar: string) => (await api.redis.keys(`${api.config.redisKeyPrefix}*jaar:${jaar}*`)).sort();

  it.each([
    ['0001-01-01', 'damocles/datum-te-vroeg', /0001-01-01 in datum ligt vóór 1980-01-01/],
    ['9999-12-31', 'damocles/datum-in-de-toekomst', /9999-12-31 in datum ligt na vandaag/],
  ])('a rapportage dated %s is a 422 naming the field and the rule; nothing is appended and the figures get no key for that year', async (datum, regel, detail) => {
    const zaakId = randomUUID();
    const head = await api.eventStore().readHeadPosition();
    const refused = await registreer({ ...rapportage, zaakId, constateringsdatum: datum, ontvangstdatum: datum, datum }).expect(422).expect('Content-Type', /application\/problem\+json/);
    expect(refused.body).toMatchObject({ rule: regel, errors: [expect.objectContaining({ field: 'datum', rule: regel, detail: expect.stringMatching(detail) })] });
    // Only the facts out of range (the registration's own date today): the field named is theirs.
    const feit = await registreer({ ...rapportage, zaakId, constateringsdatum: datum }).expect(422);
    expect(feit.body.errors).toEqual([expect.objectContaining({ field: 'constateringsdatum', rule: regel })]);
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    await api.http().get(`/api/damocles/zaken/${zaakId}`).set('Authorization', `Bearer ${medewerker}`).expect(404);

    // A rapportage accepted after it: once the figures have processed it, no year of the refused date was filed.
    const created = await registreer(rapportage).expect(201);
    await api.http().get(`/api/damocles/cijfers?gemeente=GM0928&jaar=2020&na=${created.body.position}`).set('Authorization', `Bearer ${analist}`).expect(200);
    expect(await jaarSleutels('2020')).not.toEqual([]);
    expect(await jaarSleutels(datum.slice(0, 4))).toEqual([]);
  });

  it('a rapportage from the first plausible day (1980-01-01) is accepted', async () => {
    await registreer({ ...rapportage, constateringsdatum: '1980-01-01', ontvangstdatum: '1980-01-01' }).expect(201);
  });

  it('20,000 vondsten are a 400 naming vondsten, 501 too (at most 500); nothing is appended', async () => {
    const head = await api.eventStore().readHeadPosition();
    const vondst = { categorie: 'softdrugs', omschrijving: 'zakje' };
    const enorm = await registreer({ ...rapportage, vondsten: Array.from({ length: 20_000 }, () => vondst) }).expect(400);
    expect(enorm.body.errors).toEqual([expect.objectContaining({ field: 'vondsten', rule: 'lijst-te-lang', detail: expect.stringMatching(/ten hoogste 10000/) })]);
    const net = await registreer({ ...rapportage, vondsten: Array.from({ length: 501 }, () => vondst) }).expect(400);
    expect(net.body.errors).toEqual([expect.objectContaining({ field: 'vondsten', rule: 'arrayMaxSize', detail: expect.stringMatching(/ten hoogste 500 vondsten/) })]);
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    await registreer({ ...rapportage, vondsten: Array.from({ length: 500 }, () => vondst) }).expect(201);
  });

  it('a list nested in a list is held to the blanket limit too, named by its path; a control planned over 10 years ahead is a 422 naming geplandOp', async () => {
    const planner = await api.token(['toezichthouder']);
    const plan = (body: object) => api.http().post('/api/flexteamcontrole/zaken').set('Authorization', `Bearer ${planner}`).send(body);
    const controle = { gemeente: 'GM0928', geplandOp: '2030-01-01', gebied: 'Heilust', partners: ['boa'], adressen: [{ pand: { postcode: '6461 ab', huisnummer: 14 } }] };
    const signalen = Array.from({ length: 10_001 }, () => ({ context: 'melding', zaakId: randomUUID() }));
    const lang = await plan({ ...controle, adressen: [{ ...controle.adressen[0], signalen }] }).expect(400);
    expect(lang.body.errors).toEqual([expect.objectContaining({ field: 'adressen.0.signalen', rule: 'lijst-te-lang' })]);
    const adressen = Array.from({ length: 501 }, (_, i) => ({ pand: { postcode: '6461 ab', huisnummer: i + 1 } }));
    const veel = await plan({ ...controle, adressen }).expect(400);
    expect(veel.body.errors).toEqual([expect.objectContaining({ field: 'adressen', rule: 'arrayMaxSize', detail: expect.stringMatching(/ten hoogste 500 adressen/) })]);
    const ver = await plan({ ...controle, geplandOp: '2099-01-01' }).expect(422);
    expect(ver.body).toMatchObject({ rule: 'flexteam/datum-te-ver-vooruit', errors: [expect.objectContaining({ field: 'geplandOp', detail: expect.stringMatching(/meer dan 10 jaar na vandaag/) })] });
    await plan(controle).expect(201);
  });

  it.each(['jaar=9999', 'jaar=1979', 'jaar=2101', 'van=0001-01-01&tot=2020-12-31', 'van=2020-01-01&tot=9999-12-31', 'jaar=2020&bekendOp=9999-12-31'])(
    'the figures asked with %s are a 400 naming the field',
    async (vraag) => {
      const refused = await api.http().get(`/api/damocles/cijfers?gemeente=GM0928&${vraag}`).set('Authorization', `Bearer ${analist}`).expect(400);
      const veld = vraag.includes('bekendOp') ? 'bekendOp' : vraag.includes('9999') && vraag.startsWith('van=2020') ? 'tot' : vraag.startsWith('van') ? 'van' : 'jaar';
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: veld, detail: expect.stringMatching(/1980.*2100/) })]);
    },
  );

  it.each(['/api/betrokkenen-telling?gemeente=GM0928&jaar=2150', '/api/rapportage/jaarverslag?gemeente=GM0928&jaar=1979'])('every year asked holds to 1980–2100: %s is a 400 naming jaar', async (pad) => {
    const refused = await api.http().get(pad).set('Authorization', `Bearer ${analist}`).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'jaar', detail: expect.stringMatching(/1980.*2100/) })]);
  });

  it('the figures of 1980 and of 2100 may be asked (the plausible years, both ends)', async () => {
    await api.http().get('/api/damocles/cijfers?gemeente=GM0928&jaar=1980').set('Authorization', `Bearer ${analist}`).expect(200);
    await api.http().get('/api/damocles/cijfers?gemeente=GM0928&jaar=2100').set('Authorization', `Bearer ${analist}`).expect(200);
  });

  it('a question’s peildatum or bekendOp out of range is a 400 naming it', async () => {
    const deadlines = await api.http().get('/api/termijnen?gemeente=GM0928&peildatum=9999-12-31').set('Authorization', `Bearer ${medewerker}`).expect(400);
    expect(deadlines.body.errors).toEqual([expect.objectContaining({ field: 'peildatum', rule: 'isKalenderdatum' })]);
    const zaak = await api.http().get(`/api/damocles/zaken/${randomUUID()}?bekendOp=0001-01-01`).set('Authorization', `Bearer ${medewerker}`).expect(400);
    expect(zaak.body.errors).toEqual([expect.objectContaining({ field: 'bekendOp', rule: 'isKalenderdatum' })]);
  });
});
