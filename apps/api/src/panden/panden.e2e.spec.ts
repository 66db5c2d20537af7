import { voorbeeldBeleid } from '@handhaving/policy';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('Panden over HTTP: an address linked to its BAG id is one pand for recidive and the ladder', () => {
  let api: TestApi;
  let medewerker: string;
  const BAG_ID = '0928010000054321';

  const rapportage = (pand: object, constateringsdatum: string): object => ({
    gemeente: 'GM0928',
    pand,
    pandtype: 'woning',
    constateringsdatum,
    ontvangstdatum: constateringsdatum,
    vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }],
    betrokkenen: [],
  });

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
    const beheer = await api.token(['beheer']);
    await api.http().post('/api/beleid/GM0928/versies').set('Authorization', `Bearer ${beheer}`).send({ ingangsdatum: '2016-01-01', beleid: voorbeeldBeleid(), toelichting: 'test' }).expect(201);
  });

  afterAll(() => api?.close());

  it('links "7-b" to the BAG id once; a later find at "7 B" gets the BAG find as an earlier find; another BAG id is refused naming the field', async () => {
    const bagZaak = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send(rapportage({ adresseerbaarObjectId: BAG_ID }, '2020-03-02')).expect(201);

    const koppeling = await api
      .http()
      .post(`/api/panden/${BAG_ID}/adressen`)
      .set('Authorization', `Bearer ${medewerker}`)
      .send({ gemeente: 'GM0928', postcode: '6461 ab', huisnummer: 7, huisnummertoevoeging: '-b' })
      .expect(201);
    expect(koppeling.body).toMatchObject({ streamId: 'pand-adres-6461AB-7-B', events: ['AdresAanPandGekoppeld'] });
    // The same link again: nothing new.
    const nogmaals = await api.http().post(`/api/panden/${BAG_ID}/adressen`).set('Authorization', `Bearer ${medewerker}`).send({ gemeente: 'GM0928', postcode: '6461AB', huisnummer: '7', huisletter: 'B' }).expect(200);
    expect(nogmaals.body.events).toEqual([]);

    const adresZaak = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send(rapportage({ postcode: '6461AB', huisnummer: 7, huisletter: ' b' }, '2021-05-10')).expect(201);
    await api.http().post(`/api/damocles/zaken/${adresZaak.body.zaakId}/maatregelvoorstel`).set('Authorization', `Bearer ${medewerker}`).send({}).expect(200);
    const view = await api.http().get(`/api/damocles/zaken/${adresZaak.body.zaakId}`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(view.body.tijdlijn[1].gegevens).toMatchObject({ trede: 'tweede', eerdereVondsten: [{ zaakId: bagZaak.body.zaakId, constateringsdatum: '2020-03-02' }] });

    const recidive = await api.http().get(`/api/damocles/recidive?gemeente=GM0928&datum=2021-06-01&postcode=6461AB&huisnummer=7&huisnummertoevoeging=b`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(recidive.body.eerdereVondsten.map((v: { zaakId: string }) => v.zaakId)).toEqual([bagZaak.body.zaakId, adresZaak.body.zaakId]);
    expect(recidive.body.pandSleutels).toEqual(['adres:6461AB-7-B', `bag:${BAG_ID}`]);

    // Refused, whether by its shape (400, the field named) or by a rule (422): nothing is appended.
    const head = await api.eventStore().readHeadPosition();
    const vormfout = await api.http().post(`/api/panden/${BAG_ID}/adressen`).set('Authorization', `Bearer ${medewerker}`).send({ gemeente: 'GM0928', postcode: '6461AB', huisnummer: 7, onbekend: true }).expect(400);
    expect(vormfout.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(vormfout.body.errors.map((e: { field: string }) => e.field)).toEqual(['onbekend']);
    const anders = await api.http().post('/api/panden/0928010000099999/adressen').set('Authorization', `Bearer ${medewerker}`).send({ gemeente: 'GM0928', postcode: '6461AB', huisnummer: 7, huisletter: 'b' }).expect(422);
    expect(anders.body).toMatchObject({ rule: 'pand/adres-al-gekoppeld', errors: [{ field: 'adresseerbaarObjectId' }] });
    expect(anders.body.detail).toContain(`Adres 6461AB 7B is al op`);
    const geenBag = await api.http().post('/api/panden/0928100000012345/adressen').set('Authorization', `Bearer ${medewerker}`).send({ gemeente: 'GM0928', postcode: '6461AB', huisnummer: 8 }).expect(422);
    expect(geenBag.body).toMatchObject({ rule: 'pand/bag-id-ongeldig', errors: [{ field: 'adresseerbaarObjectId' }] });
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });
});
