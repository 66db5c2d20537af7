import { randomUUID } from 'node:crypto';
import { rapportageBody } from '../test-support/damocles';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

/** What a client sees of an answer, without the parts that name the request itself. */
function gezien(response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }): object {
  const { instance: _instance, ...body } = response.body;
  return { status: response.status, contentType: response.headers['content-type'], etag: response.headers['etag'], location: response.headers['location'], body };
}

describeWithRedis('references across gemeenten: a case names only betrokkenen of its own gemeente, and a taken case id answers alike wherever it is taken', () => {
  let api: TestApi;
  let kerkrade: string;
  let landgraaf: string;
  let beide: string;
  let beheerLandgraaf: string;
  let vanKerkrade: string;
  let vanLandgraaf: string;

  const registreer = async (token: string, gemeente: string, naam: string): Promise<string> =>
    (await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${token}`).send({ gemeente, soort: 'persoon', naam }).expect(201)).body.betrokkeneId as string;
  const rapportage = (token: string, body: object, key?: string) => {
    const request = api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${token}`);
    return (key === undefined ? request : request.set('Idempotency-Key', key)).send(body);
  };
  const dwangsomzaak = (gemeente: string, overtrederId: string) => ({
    gemeente,
    grondslag: { soort: 'apv', artikel: 'art. 2:74a APV' },
    overtrederId,
    overtreding: 'dealen',
    constateringsdatum: '2021-01-20',
  });

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    kerkrade = await api.token(['juridisch-medewerker'], ['GM0928'], 'kerkrade');
    landgraaf = await api.token(['juridisch-medewerker'], ['GM1903'], 'landgraaf');
    beide = await api.token(['juridisch-medewerker'], ['GM0928', 'GM1903'], 'beide');
    beheerLandgraaf = await api.token(['beheer'], ['GM1903'], 'beheer-landgraaf');
    vanKerkrade = await registreer(kerkrade, 'GM0928', 'K. Erkrade');
    vanLandgraaf = await registreer(landgraaf, 'GM1903', 'L. Andgraaf');
  });

  afterAll(() => api?.close());

  it('a rapportage in GM1903 naming a GM0928 betrokkene, or one that does not exist, is refused alike (422 on the field); nothing is appended', async () => {
    const head = await api.eventStore().readHeadPosition();
    const elders = await rapportage(landgraaf, rapportageBody({ gemeente: 'GM1903', betrokkenen: [{ betrokkeneId: vanKerkrade, rol: 'eigenaar' }] })).expect(422);
    const onbekend = await rapportage(landgraaf, rapportageBody({ gemeente: 'GM1903', betrokkenen: [{ betrokkeneId: randomUUID(), rol: 'eigenaar' }] })).expect(422);
    expect(elders.body).toMatchObject({
      rule: 'betrokkene/niet-van-gemeente',
      detail: 'betrokkenen[0].betrokkeneId is geen betrokkene van gemeente GM1903',
      errors: [{ field: 'betrokkenen[0].betrokkeneId', rule: 'betrokkene/niet-van-gemeente', detail: 'betrokkenen[0].betrokkeneId is geen betrokkene van gemeente GM1903' }],
    });
    expect(gezien(onbekend)).toEqual(gezien(elders));
    // Also for a user who works for both: a case of GM1903 names GM1903's betrokkenen only.
    const doorBeide = await rapportage(beide, rapportageBody({ gemeente: 'GM1903', betrokkenen: [{ betrokkeneId: vanLandgraaf, rol: 'eigenaar' }, { betrokkeneId: vanKerkrade, rol: 'gebruiker' }] })).expect(422);
    expect(doorBeide.body.errors).toEqual([expect.objectContaining({ field: 'betrokkenen[1].betrokkeneId' })]);
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    // The own gemeente's betrokkene is named as before.
    await rapportage(landgraaf, rapportageBody({ gemeente: 'GM1903', betrokkenen: [{ betrokkeneId: vanLandgraaf, rol: 'eigenaar' }] })).expect(201);
  });

  it('a dwangsomzaak in GM1903 whose overtreder is a GM0928 betrokkene, or none, is refused alike on overtrederId', async () => {
    const head = await api.eventStore().readHeadPosition();
    const open = (body: object) => api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${landgraaf}`).send(body);
    const elders = await open(dwangsomzaak('GM1903', vanKerkrade)).expect(422);
    const onbekend = await open(dwangsomzaak('GM1903', randomUUID())).expect(422);
    expect(elders.body.errors).toEqual([{ field: 'overtrederId', rule: 'betrokkene/niet-van-gemeente', detail: 'overtrederId is geen betrokkene van gemeente GM1903' }]);
    expect(gezien(onbekend)).toEqual(gezien(elders));
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    await open(dwangsomzaak('GM1903', vanLandgraaf)).expect(201);
  });

  it('every context that names a betrokkene checks it alike: kamerverhuur, Bibob, a flexteam control’s overtreder, a corrected list of betrokkenen', async () => {
    const head = await api.eventStore().readHeadPosition();
    const veldVan = (response: { body: { errors?: { field: string; rule: string }[] } }) => response.body.errors?.map(({ field, rule }) => `${field} ${rule}`);
    const pand = { postcode: '6371 ab', huisnummer: 3 };
    const register = await api.http().post('/api/kamerverhuurregister/zaken').set('Authorization', `Bearer ${landgraaf}`)
      .send({ gemeente: 'GM1903', pand, aantalKamers: 5, betrokkenen: { eigenaarId: vanLandgraaf, exploitantId: vanKerkrade }, ingangsdatum: '2020-03-02' }).expect(422);
    expect(veldVan(register)).toEqual(['betrokkenen.exploitantId betrokkene/niet-van-gemeente']);
    const bibob = await api.token(['bibob'], ['GM1903']);
    const toets = await api.http().post('/api/bibob/zaken').set('Authorization', `Bearer ${bibob}`)
      .send({ gemeente: 'GM1903', startdatum: '2023-09-05', aanleiding: { soort: 'aanvraag', aanvraagtype: 'alcoholvergunning', ontvangstdatum: '2023-09-04', aanvragerId: vanKerkrade } }).expect(422);
    expect(veldVan(toets)).toEqual(['aanleiding.aanvragerId betrokkene/niet-van-gemeente']);
    expect(await api.eventStore().readHeadPosition()).toBe(head);

    // Steps on an existing case of GM1903: the betrokkenen they name are checked against the case's gemeente.
    const controle = (await api.http().post('/api/flexteamcontrole/zaken').set('Authorization', `Bearer ${landgraaf}`)
      .send({ gemeente: 'GM1903', geplandOp: '2020-09-17', gebied: 'Centrum', partners: ['boa'], adressen: [{ pand }], datum: '2020-09-01' }).expect(201)).body.zaakId;
    const zaak = (await rapportage(landgraaf, rapportageBody({ gemeente: 'GM1903' })).expect(201)).body.zaakId;
    const naStappen = await api.eventStore().readHeadPosition();
    const uitvoering = await api.http().post(`/api/flexteamcontrole/zaken/${controle}/uitvoering`).set('Authorization', `Bearer ${landgraaf}`)
      .send({ teamgrootte: 4, datum: '2020-09-17', bezoeken: [{ pand, toegang: true, personenAangetroffen: 7, personenInBrp: 2, bevindingen: ['kamerverhuur'], overtrederId: vanKerkrade, aantalKamers: 6 }] }).expect(422);
    expect(veldVan(uitvoering)).toEqual(['bezoeken[0].overtrederId betrokkene/niet-van-gemeente']);
    const correctie = await api.http().post(`/api/damocles/zaken/${zaak}/correctie`).set('Authorization', `Bearer ${landgraaf}`)
      .send({ correcties: { betrokkenen: [{ betrokkeneId: vanLandgraaf, rol: 'eigenaar' }, { betrokkeneId: randomUUID(), rol: 'gebruiker' }] }, reden: 'aanvullend proces-verbaal' }).expect(422);
    expect(veldVan(correctie)).toEqual(['correcties.betrokkenen[1].betrokkeneId betrokkene/niet-van-gemeente']);
    expect(await api.eventStore().readHeadPosition()).toBe(naStappen);
    await api.http().post(`/api/damocles/zaken/${zaak}/correctie`).set('Authorization', `Bearer ${landgraaf}`)
      .send({ correcties: { betrokkenen: [{ betrokkeneId: vanLandgraaf, rol: 'eigenaar' }] }, reden: 'aanvullend proces-verbaal' }).expect(200);
  });

  it('a new case may not name a betrokkene whose personal data were erased; a retry of a case opened before the erasure still gets its first answer', async () => {
    const gewist = await registreer(landgraaf, 'GM1903', 'W. Eggewist');
    const body = dwangsomzaak('GM1903', gewist);
    const eerst = await api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${landgraaf}`).set('Idempotency-Key', 'voor-het-wissen').send(body).expect(201);
    await api.http().post(`/api/betrokkenen/${gewist}/verwijder-persoonsgegevens`).set('Authorization', `Bearer ${beheerLandgraaf}`).send({ reden: 'avg-artikel-17' }).expect(200);
    const nieuw = await api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${landgraaf}`).send(body).expect(422);
    expect(nieuw.body.errors).toEqual([expect.objectContaining({ field: 'overtrederId', rule: 'betrokkene/persoonsgegevens-verwijderd' })]);
    const retry = await api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${landgraaf}`).set('Idempotency-Key', 'voor-het-wissen').send(body).expect(200);
    expect(retry.body).toEqual({ ...eerst.body, alreadyProcessed: true });
  });

  it('opening a case under an id taken in another gemeente answers as under an id taken in one’s own: 409, same type and detail, no ETag; a free id opens the case', async () => {
    const inKerkrade = randomUUID();
    const inLandgraaf = randomUUID();
    await rapportage(kerkrade, rapportageBody({ zaakId: inKerkrade })).expect(201);
    await rapportage(landgraaf, rapportageBody({ gemeente: 'GM1903', zaakId: inLandgraaf })).expect(201);
    const head = await api.eventStore().readHeadPosition();
    const elders = await rapportage(landgraaf, rapportageBody({ gemeente: 'GM1903', zaakId: inKerkrade }));
    const eigen = await rapportage(landgraaf, rapportageBody({ gemeente: 'GM1903', zaakId: inLandgraaf }));
    expect(elders.status).toBe(409);
    expect(elders.body).toMatchObject({ title: 'Id al in gebruik', detail: 'zaakId is al in gebruik; kies een nieuw id', errors: [{ field: 'zaakId', rule: 'zaak-id/in-gebruik' }] });
    expect(JSON.stringify(elders.body)).not.toContain('GM0928');
    expect(gezien(eigen)).toEqual(gezien(elders));
    expect(elders.headers['etag']).toBeUndefined();
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    const vrij = await rapportage(landgraaf, rapportageBody({ gemeente: 'GM1903', zaakId: randomUUID() })).expect(201);
    expect(vrij.headers['etag']).toBe('"0"');
    // For a user of both gemeenten too, and in the other contexts that take a chosen id.
    const doorBeide = await rapportage(beide, rapportageBody({ gemeente: 'GM1903', zaakId: inKerkrade }));
    expect(gezien(doorBeide)).toEqual(gezien(elders));
    const dwangsomInKerkrade = randomUUID();
    await api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${kerkrade}`).send({ ...dwangsomzaak('GM0928', vanKerkrade), zaakId: dwangsomInKerkrade }).expect(201);
    const dwangsom = await api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${landgraaf}`).send({ ...dwangsomzaak('GM1903', vanLandgraaf), zaakId: dwangsomInKerkrade });
    expect({ status: dwangsom.status, rule: dwangsom.body.errors?.[0]?.rule }).toEqual({ status: 409, rule: 'zaak-id/in-gebruik' });
  });

  it('a retry with another gemeente’s Idempotency-Key on a chosen id does not get the first answer', async () => {
    const zaakId = randomUUID();
    const eerste = await rapportage(kerkrade, rapportageBody({ zaakId }), 'gedeelde-sleutel').expect(201);
    const zelfde = await rapportage(kerkrade, rapportageBody({ zaakId }), 'gedeelde-sleutel').expect(200);
    expect(zelfde.body).toEqual({ ...eerste.body, alreadyProcessed: true });
    const anders = await rapportage(landgraaf, rapportageBody({ gemeente: 'GM1903', zaakId }), 'gedeelde-sleutel');
    expect(anders.status).toBe(409);
    expect(JSON.stringify(anders.body)).not.toContain(eerste.body.position);
    expect(anders.headers['etag']).toBeUndefined();
    // The very same body (gemeente GM0928) is not Landgraaf's to send at all.
    await rapportage(landgraaf, rapportageBody({ zaakId }), 'gedeelde-sleutel').expect(403);
  });

  it('reading a case of another gemeente answers as reading a free id: 404 with the same type and detail', async () => {
    const zaakId = randomUUID();
    await rapportage(kerkrade, rapportageBody({ zaakId })).expect(201);
    const vrij = randomUUID();
    const elders = await api.http().get(`/api/damocles/zaken/${zaakId}`).set('Authorization', `Bearer ${landgraaf}`).expect(404);
    const geen = await api.http().get(`/api/damocles/zaken/${vrij}`).set('Authorization', `Bearer ${landgraaf}`).expect(404);
    expect(gezien(elders)).toEqual(JSON.parse(JSON.stringify(gezien(geen)).replaceAll(vrij, zaakId)));
  });
});
