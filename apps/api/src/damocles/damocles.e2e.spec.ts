import { voorbeeldBeleid } from '@handhaving/policy';
import { openDamocleszaak } from '../test-support/damocles';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('Damocles over HTTP: registering a rapportage opens a case', () => {
  let api: TestApi;
  let medewerker: string;
  const rapportage = {
    gemeente: 'GM0928',
    pand: { postcode: '6461 ab', huisnummer: 12, huisletter: 'a' },
    pandtype: 'woning',
    constateringsdatum: '2020-03-02',
    ontvangstdatum: '2020-03-09',
    vondsten: [
      { categorie: 'attributen', omschrijving: 'kweekapparatuur' },
      { categorie: 'softdrugs', omschrijving: 'hennepkwekerij', hoeveelheid: '120 planten' },
    ],
    betrokkenen: [],
  };

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
  });

  afterAll(() => api?.close());

  it('201 with the case id; the case shows its heaviest category, the normalised pand and a timeline', async () => {
    const created = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send(rapportage).expect(201);
    expect(created.body.events).toEqual(['RapportageOntvangen']);
    const zaak = await api.http().get(`/api/damocles/zaken/${created.body.zaakId}`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(zaak.headers['etag']).toBe('"0"');
    expect(zaak.body.tijdlijn).toHaveLength(1);
    expect(zaak.body.tijdlijn[0]).toMatchObject({ revisie: 0, stap: 'RapportageOntvangen', door: 'test-juridisch-medewerker' });
    expect(zaak.body.tijdlijn[0].gegevens).toMatchObject({ zwaarsteCategorie: 'softdrugs', pand: { sleutel: 'adres:6461AB-12-A' } });
  });

  it('400 names each wrong field; 422 names the rule; nothing is appended for either', async () => {
    const head = await api.eventStore().readHeadPosition();
    const invalid = await api
      .http()
      .post('/api/damocles/zaken')
      .set('Authorization', `Bearer ${medewerker}`)
      .send({ ...rapportage, vondsten: [], pandtype: 'kasteel', constateringsdatum: '2 maart' })
      .expect(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['constateringsdatum', 'pandtype', 'vondsten']);
    const badPostcode = await api
      .http()
      .post('/api/damocles/zaken')
      .set('Authorization', `Bearer ${medewerker}`)
      .send({ ...rapportage, pand: { postcode: '0461AB', huisnummer: 12 } })
      .expect(422);
    expect(badPostcode.body.rule).toBe('pand/postcode-ongeldig');
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('a measure proposal for another gemeente’s case is a 404 before anything is looked up; without policy it is a 422', async () => {
    // No policy is set in this app: the own gemeente hears why, another gemeente learns nothing.
    const created = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send(rapportage).expect(201);
    const elders = await api.token(['juridisch-medewerker'], ['GM0888']);
    await api.http().post(`/api/damocles/zaken/${created.body.zaakId}/maatregelvoorstel`).set('Authorization', `Bearer ${elders}`).send({}).expect(404);
    const own = await api.http().post(`/api/damocles/zaken/${created.body.zaakId}/maatregelvoorstel`).set('Authorization', `Bearer ${medewerker}`).send({}).expect(422);
    expect(own.body.rule).toBe('damocles/geen-beleid');
  });

  it('the same Idempotency-Key opens one case, not two', async () => {
    const first = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'rapportage-2020-17').send(rapportage).expect(201);
    const retry = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'rapportage-2020-17').send(rapportage).expect(200);
    expect(retry.body).toEqual({ ...first.body, alreadyProcessed: true });
  });

  it('an import may choose the case id, so its later lines can name the case; a second case under that id is refused', async () => {
    const zaakId = '6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b';
    const created = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send({ ...rapportage, zaakId }).expect(201);
    expect(created.body.zaakId).toBe(zaakId);
    await api.http().post(`/api/damocles/zaken/${zaakId}/maatregelvoorstel`).set('Authorization', `Bearer ${medewerker}`).send({}).expect((response) => expect(response.status).not.toBe(404));
    const head = await api.eventStore().readHeadPosition();
    // Taken here or in another gemeente: the same 409 (see betrokkenen/verwijzingen.e2e.spec.ts).
    const again = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send({ ...rapportage, zaakId }).expect(409);
    expect(again.body.rule).toBe('zaak-id/in-gebruik');
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    const invalid = await api.http().post('/api/damocles/zaken').set('Authorization', `Bearer ${medewerker}`).send({ ...rapportage, zaakId: 'Z-1' }).expect(400);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'zaakId', rule: 'isUuid' })]);
  });
});

describeWithRedis('Damocles over HTTP: a case from rapportage to heropening', () => {
  let api: TestApi;
  let medewerker: string;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
    const beheer = await api.token(['beheer']);
    await api.http().post('/api/beleid/GM0928/versies').set('Authorization', `Bearer ${beheer}`).send({ ingangsdatum: '2016-01-01', beleid: voorbeeldBeleid(), toelichting: 'test' }).expect(201);
  });

  afterAll(() => api?.close());

  it('the Awb order holds over HTTP (issue 12, a and b): no besluit within the zienswijzetermijn, no closure within the begunstigingstermijn, no date after today; nothing appended when refused', async () => {
    const auth = { Authorization: `Bearer ${medewerker}` };
    const { zaakId } = await openDamocleszaak(api, medewerker, { datum: '2021-02-15', constateringsdatum: '2021-02-10', ontvangstdatum: '2021-02-15', pand: { postcode: '6461 ab', huisnummer: 40 } });
    const stap = (pad: string, body: object) => api.http().post(`/api/damocles/zaken/${zaakId}/${pad}`).set(auth).send(body);
    await stap('maatregelvoorstel', { datum: '2021-02-16' }).expect(200);
    // Voornemen Wednesday 3 March 2021, zienswijzetermijn through Wednesday 17 March.
    await stap('voornemen', { datum: '2021-03-03', maatregel: { soort: 'waarschuwing' }, verzenddatum: '2021-03-03', zienswijzetermijn: { einde: '2021-03-17' } }).expect(200);
    await stap('zienswijzetermijn-verstreken', { datum: '2021-03-18' }).expect(200);
    const head = await api.eventStore().readHeadPosition();
    const binnenTermijn = await stap('besluit', { datum: '2021-03-03', besluit: { soort: 'waarschuwing', bekendmakingsdatum: '2021-03-03' } }).expect(422);
    expect(binnenTermijn.body).toMatchObject({ rule: 'damocles/besluit-binnen-zienswijzetermijn', errors: [{ field: 'datum' }] });
    const toekomst = await stap('besluit', { datum: '9999-12-31', besluit: { soort: 'waarschuwing', bekendmakingsdatum: '9999-12-31' } }).expect(422);
    expect(toekomst.body).toMatchObject({ rule: 'damocles/datum-in-de-toekomst', errors: [{ field: 'datum' }] });
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    await stap('besluit', { datum: '2021-03-18', besluit: { soort: 'waarschuwing', bekendmakingsdatum: '2021-03-18' } }).expect(200);

    // A sluitingsbesluit of Wednesday 10 March 2021 with a begunstigingstermijn through the 24th: no sealing on or before it.
    const sluiting = await openDamocleszaak(api, medewerker, { datum: '2021-02-15', constateringsdatum: '2021-02-10', ontvangstdatum: '2021-02-15', pand: { postcode: '6461 ab', huisnummer: 42 } });
    const op = (pad: string, body: object) => api.http().post(`/api/damocles/zaken/${sluiting.zaakId}/${pad}`).set(auth).send(body);
    await op('maatregelvoorstel', { datum: '2021-02-16' }).expect(200);
    await op('voornemen', { datum: '2021-02-17', maatregel: { soort: 'sluiting', duurMaanden: 3 }, afwijking: { motivering: 'derde vondst in korte tijd' }, verzenddatum: '2021-02-17', zienswijzetermijn: { einde: '2021-03-03' } }).expect(200);
    await op('zienswijzetermijn-verstreken', { datum: '2021-03-04' }).expect(200);
    await op('besluit', { datum: '2021-03-10', besluit: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { einde: '2021-03-24' }, bekendmakingsdatum: '2021-03-10' } }).expect(200);
    const teVroeg = await op('sluiting-uitgevoerd', { datum: '2021-03-24', sluitingsdatum: '2021-03-24' }).expect(422);
    expect(teVroeg.body).toMatchObject({ rule: 'damocles/binnen-begunstigingstermijn', errors: [{ field: 'sluitingsdatum' }] });
    await op('sluiting-uitgevoerd', { datum: '2021-03-25', sluitingsdatum: '2021-03-25' }).expect(200);
  });

  it('beroep (issue 12, 1): a voorlopige voorziening asked pending beroep holds the closure (422 with the rule) until the judge decided, a granted one until the uitspraak; unknown fields refused', async () => {
    const auth = { Authorization: `Bearer ${medewerker}` };
    const { zaakId } = await openDamocleszaak(api, medewerker, { datum: '2021-02-15', constateringsdatum: '2021-02-10', ontvangstdatum: '2021-02-15', pand: { postcode: '6461 ab', huisnummer: 44 } });
    const op = (pad: string, body: object) => api.http().post(`/api/damocles/zaken/${zaakId}/${pad}`).set(auth).send(body);
    await op('maatregelvoorstel', { datum: '2021-02-16' }).expect(200);
    await op('voornemen', { datum: '2021-02-17', maatregel: { soort: 'sluiting', duurMaanden: 3 }, afwijking: { motivering: 'derde vondst in korte tijd' }, verzenddatum: '2021-02-17', zienswijzetermijn: { einde: '2021-03-03' } }).expect(200);
    await op('zienswijzetermijn-verstreken', { datum: '2021-03-04' }).expect(200);
    await op('besluit', { datum: '2021-03-10', besluit: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { einde: '2021-03-24' }, bekendmakingsdatum: '2021-03-10' } }).expect(200);
    await op('bezwaar', { datum: '2021-04-01', ontvangstdatum: '2021-04-01' }).expect(200);
    // Ongegrond, made known Wednesday 12 May 2021: the beroepstermijn runs through Wednesday 23 June (art. 6:7 Awb).
    await op('beslissing-op-bezwaar', { datum: '2021-05-12', uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12' }).expect(200);
    const onbekend = await op('beroep', { datum: '2021-06-02', rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-06-01', griffienummer: 'ROE 21/1234' }).expect(400);
    expect(onbekend.body.errors).toEqual([expect.objectContaining({ field: 'griffienummer', rule: 'onbekend-veld' })]);
    await op('beroep', { datum: '2021-06-02', rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-06-01' }).expect(200);
    await op('voorlopige-voorziening', { datum: '2021-06-03', stap: 'gevraagd' }).expect(200);

    const head = await api.eventStore().readHeadPosition();
    const gevraagd = await op('sluiting-uitgevoerd', { datum: '2021-06-10', sluitingsdatum: '2021-06-10' }).expect(422);
    expect(gevraagd.body).toMatchObject({ rule: 'damocles/voorziening-gevraagd', errors: [{ field: 'sluitingsdatum' }] });
    await op('voorlopige-voorziening', { datum: '2021-06-20', stap: 'toegewezen' }).expect(200);
    // Past the beroepstermijn, the suspension runs on until the uitspraak (art. 8:85 lid 1 Awb).
    const geschorst = await op('sluiting-uitgevoerd', { datum: '2021-06-24', sluitingsdatum: '2021-06-24' }).expect(422);
    expect(geschorst.body).toMatchObject({ rule: 'damocles/besluit-geschorst', errors: [{ field: 'sluitingsdatum' }] });
    const zonderVernietiging = await op('uitspraak-op-beroep', { datum: '2021-10-06', uitkomst: 'gegrond', uitspraakdatum: '2021-10-05' }).expect(422);
    expect(zonderVernietiging.body).toMatchObject({ rule: 'damocles/vernietiging-ontbreekt', errors: [{ field: 'vernietigd' }] });
    expect(await api.eventStore().readHeadPosition()).toBe(head + 1n);

    await op('uitspraak-op-beroep', { datum: '2021-10-06', uitkomst: 'ongegrond', uitspraakdatum: '2021-10-05' }).expect(200);
    await op('sluiting-uitgevoerd', { datum: '2021-10-07', sluitingsdatum: '2021-10-07' }).expect(200);
    const zaak = await api.http().get(`/api/damocles/zaken/${zaakId}`).set(auth).expect(200);
    expect(zaak.body.tijdlijn.map((t: { stap: string }) => t.stap).slice(-6)).toEqual([
      'BeslissingOpBezwaarGenomen',
      'BeroepIngesteld',
      'VoorlopigeVoorzieningGevraagd',
      'VoorlopigeVoorzieningToegewezen',
      'UitspraakOpBeroepGedaan',
      'SluitingUitgevoerd',
    ]);
  });

  it('walks every step with If-Match, and refuses a step out of order with 422 and the rule', async () => {
    const created = await api
      .http()
      .post('/api/damocles/zaken')
      .set('Authorization', `Bearer ${medewerker}`)
      .send({
        gemeente: 'GM0928',
        pand: { adresseerbaarObjectId: '0928010000012345' },
        pandtype: 'woning',
        constateringsdatum: '2020-03-02',
        ontvangstdatum: '2020-03-09',
        datum: '2020-03-09',
        vondsten: [{ categorie: 'harddrugs', omschrijving: 'cocaïne, handelshoeveelheid' }],
        betrokkenen: [],
      })
      .expect(201);
    const zaak = `/api/damocles/zaken/${created.body.zaakId}`;
    let etag: string = created.headers['etag'];
    let etagPosition: string = created.body.position;
    const stap = async (pad: string, body: object, status = 200) => {
      const response = await api.http().post(`${zaak}/${pad}`).set('Authorization', `Bearer ${medewerker}`).set('If-Match', etag).send(body);
      expect({ pad, status: response.status, body: response.status === status ? 'ok' : response.body }).toEqual({ pad, status, body: 'ok' });
      if (response.headers['etag']) etag = response.headers['etag'];
      if (response.body.position) etagPosition = response.body.position;
      return response;
    };

    // Harddrugs never get a warning; and a besluit cannot come before the voornemen.
    const early = await stap('besluit', { datum: '2020-03-20', besluit: { soort: 'waarschuwing', bekendmakingsdatum: '2020-03-20' } }, 422);
    expect(early.body.type).toMatch(/^https:\/\/handhaving\.nl\/problemen\/regel\/damocles\//);

    await stap('maatregelvoorstel', { datum: '2020-03-10' });
    await stap('voornemen', {
      datum: '2020-03-16',
      maatregel: { soort: 'sluiting', duurMaanden: 3 },
      verzenddatum: '2020-03-16',
      zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
    });
    const termijnen = async (position: string) =>
      (await api.http().get(`/api/termijnen?gemeente=GM0928&peildatum=2020-03-20&na=${position}`).set('Authorization', `Bearer ${medewerker}`).expect(200)).body.termijnen.filter(
        (termijn: { zaakId: string }) => termijn.zaakId === created.body.zaakId,
      );
    const afterVoornemen = await termijnen(etagPosition);
    expect(afterVoornemen).toEqual([expect.objectContaining({ soort: 'zienswijzetermijn', einde: '2020-03-30', status: 'lopend' })]);

    await stap('zienswijze', { datum: '2020-03-25', wijze: 'schriftelijk' });
    expect((await termijnen(etagPosition))[0]).toMatchObject({ soort: 'zienswijzetermijn', status: 'voldaan' });
    await stap('besluit', {
      datum: '2020-04-06',
      besluit: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { einde: '2020-04-20' }, bekendmakingsdatum: '2020-04-06' },
    });
    const soorten = async () => Object.fromEntries((await termijnen(etagPosition)).map((termijn: { soort: string; einde: string; status: string }) => [termijn.soort, `${termijn.einde} ${termijn.status}`]));
    // Bekendmaking Monday 2020-04-06: bezwaartermijn 6 weeks from the day after, to Monday 2020-05-18 (art. 6:7, 6:8 Awb).
    expect(await soorten()).toMatchObject({ bezwaartermijn: '2020-05-18 lopend', begunstigingstermijn: '2020-04-20 lopend' });
    await stap('sluiting-uitgevoerd', { datum: '2020-04-21', sluitingsdatum: '2020-04-21' });
    expect(await soorten()).toMatchObject({ begunstigingstermijn: '2020-04-20 voldaan', sluitingsduur: expect.stringMatching(/^2020-07-2\d lopend$/) });
    await stap('heropening', { datum: '2020-07-21', heropeningsdatum: '2020-07-21' });
    expect(await soorten()).toMatchObject({ sluitingsduur: expect.stringMatching(/ voldaan$/) });

    // The medewerker's agenda feed (iCalendar) lists the bezwaartermijn still running.
    const link = await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${medewerker}`).expect(200);
    const agenda = await api.http().get(link.body.url).expect(200).expect('Content-Type', /text\/calendar/);
    expect(agenda.text).toContain('BEGIN:VCALENDAR\r\n');
    expect(agenda.text).toContain('DTSTART;VALUE=DATE:20200518');
    await api.http().get('/api/termijnen/agenda/vervalst.ics').expect(404);

    const view = await api.http().get(zaak).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(view.body.tijdlijn.map((step: { stap: string }) => step.stap)).toEqual([
      'RapportageOntvangen',
      'MaatregelVoorgesteld',
      'VoornemenVerzonden',
      'ZienswijzeOntvangen',
      'SluitingsbesluitGenomen',
      'SluitingUitgevoerd',
      'PandHeropend',
    ]);
    expect(view.body.toestand.status).toBe('afgesloten');

    // The figures: one rapportage received in 2020, one closure decided in 2020 under harddrugs (rule 1, 3, 4).
    const analist = await api.token(['oov-analist']);
    const cijfers = await api.http().get(`/api/damocles/cijfers?gemeente=GM0928&jaar=2020&na=${etagPosition}`).set('Authorization', `Bearer ${analist}`).expect(200);
    expect(cijfers.headers['x-bijgewerkt-tot-positie']).toBe(etagPosition);
    expect(cijfers.body.rapportagesOntvangen).toEqual({ aantal: 1, zaakIds: [created.body.zaakId] });
    expect(cijfers.body.sluitingsbesluiten.harddrugs).toEqual({ aantal: 1, zaakIds: [created.body.zaakId], laterHerroepen: { aantal: 0, zaakIds: [] } });
    expect(cijfers.body.waarschuwingen.totaal.aantal).toBe(0);
    expect(cijfers.body.opmerkingen).toEqual([]); // the find lies within the policy's time: nothing assumed
    const csv = await api.http().get('/api/damocles/cijfers?gemeente=GM0928&jaar=2020&formaat=csv').set('Authorization', `Bearer ${analist}`).expect(200).expect('Content-Type', /text\/csv/);
    expect(csv.text.split('\r\n')[1]).toBe('Sluitingsbesluit;0;1;0;1');
    expect(csv.text.split('\r\n')[2]).toBe('waarvan later herroepen;0;0;0;0');
    expect(csv.text.split('\r\n')[3]).toBe('Waarschuwing;0;n.v.t.;0;0');

    // A new find in the same pand 30 months later is recidive under the 36-month window of this policy.
    const recidive = await api
      .http()
      .get('/api/damocles/recidive?gemeente=GM0928&datum=2022-09-01&adresseerbaarObjectId=0928010000012345')
      .set('Authorization', `Bearer ${medewerker}`)
      .expect(200);
    expect(recidive.body).toMatchObject({ recidive: true, recidiveTermijnMaanden: 36, beleidsversie: 'GM0928.2016-01-01.r0', venster: { van: '2019-09-01', tot: '2022-08-31' } });
    expect(recidive.body.eerdereVondsten).toEqual([expect.objectContaining({ zaakId: created.body.zaakId, constateringsdatum: '2020-03-02' })]);
    const later = await api.http().get('/api/damocles/recidive?gemeente=GM0928&datum=2023-04-01&adresseerbaarObjectId=0928010000012345').set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(later.body.recidive).toBe(false);
    // The proposal came from the policy ladder: a first harddrugs find in a woning, no earlier finds.
    expect(view.body.tijdlijn[1].gegevens).toMatchObject({ trede: 'eerste', eerdereVondsten: [], beleidsversie: 'GM0928.2016-01-01.r0' });
    expect(view.body.tijdlijn[1].gegevens.voorgesteld.soort).toBe('sluiting');
  });
});
