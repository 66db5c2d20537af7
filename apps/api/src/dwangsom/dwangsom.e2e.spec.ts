import { settableClock, startTestApi, testRedisUrl, type SettableClock, type TestApi } from '../test-support/test-api';
import { DwangsomVanuitDamocles, dwangsomzaakVoor } from './processen/dwangsom-vanuit-damocles.process';
import { openDamocleszaak } from '../test-support/damocles';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

describeWithRedis('Dwangsom over HTTP: a room-rental case from finding to opheffing', () => {
  let api: TestApi;
  let medewerker: string;
  let analist: string;
  let overtrederId: string;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
    analist = await api.token(['oov-analist']);
    const betrokkene = await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${medewerker}`).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'K. Verhuurder' }).expect(201);
    overtrederId = betrokkene.body.betrokkeneId;
  });

  afterAll(() => api?.close());

  it('walks every step with If-Match; the case, its terms, the figures and the outstanding amounts follow', async () => {
    const auth = { Authorization: `Bearer ${medewerker}` };
    const geopend = await api
      .http()
      .post('/api/dwangsom/zaken')
      .set(auth)
      .send({
        gemeente: 'GM0928',
        grondslag: { soort: 'huisvestingswet' },
        overtrederId,
        overtreding: 'kamerverhuur zonder vergunning, zes kamers',
        constateringsdatum: '2021-01-20',
        thema: 'kamerverhuur',
        datum: '2021-02-01',
      })
      .expect(201);
    const zaakId: string = geopend.body.zaakId;
    expect(geopend.headers['location']).toBe(`/api/dwangsom/zaken/${zaakId}`);
    let etag: string = geopend.headers['etag'];
    let positie: string = geopend.body.position;
    const stap = async (pad: string, body: object, status = 200) => {
      const response = await api.http().post(`/api/dwangsom/zaken/${zaakId}/${pad}`).set(auth).set('If-Match', etag).send(body).expect(status);
      if (status === 200) {
        etag = response.headers['etag'];
        positie = response.body.position;
      }
      return response.body;
    };

    await stap('voornemen', { verzenddatum: '2021-02-03', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, datum: '2021-02-03' });
    // Imposing the last before the zienswijzefase ended: refused, with the rule.
    const teVroeg = await stap('last', { vorm: { soort: 'preventieve-last' }, bedrag: { soort: 'per-overtreding', bedragCent: 100_000 }, maximumCent: 500_000, bekendmakingsdatum: '2021-02-05' }, 422);
    expect(teVroeg.type).toBe('https://handhaving.nl/problemen/regel/dwangsom/zienswijzefase-niet-afgerond');
    await stap('zienswijze', { wijze: 'schriftelijk', datum: '2021-02-10' });
    // Money is whole cents: a fraction is refused at the edge.
    const fractie = await stap('last', { vorm: { soort: 'preventieve-last' }, bedrag: { soort: 'per-overtreding', bedragCent: 100_000 }, maximumCent: 500_000.5, bekendmakingsdatum: '2021-03-03' }, 400);
    expect(fractie.errors.map((e: { field: string }) => e.field)).toEqual(['maximumCent']);
    const last = await stap('last', {
      vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
      maximumCent: 2_000_000,
      bekendmakingsdatum: '2021-03-03',
      datum: '2021-03-03',
    });
    expect(last.events).toEqual(['LastOpgelegd']);
    // 1 through 14 April: 14 days × € 500.
    const controle = await stap('controle', {
      controledatum: '2021-04-14',
      uitkomst: { soort: 'overtreding', van: '2021-04-01', totEnMet: '2021-04-14', omschrijving: 'nog vier kamers verhuurd' },
      datum: '2021-04-14',
    });
    expect(controle.events).toEqual(['OvertredingGeconstateerd', 'DwangsomVerbeurd']);
    await stap('invorderingsbeschikking', { verbeuring: 1, bekendmakingsdatum: '2021-04-20', datum: '2021-04-20' });
    await stap('betaling', { invordering: 1, bedragCent: 300_000, betaaldatum: '2021-05-01', datum: '2021-05-01' });
    const teveel = await stap('betaling', { invordering: 1, bedragCent: 400_001, betaaldatum: '2021-05-02', datum: '2021-05-02' }, 422);
    expect(teveel.rule).toBe('dwangsom/betaling-te-hoog');
    await stap('bezwaar', { tegen: { besluit: 'last' }, ontvangstdatum: '2021-04-13', datum: '2021-04-13' });
    await stap('beslissing-op-bezwaar', { tegen: { besluit: 'last' }, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-26', datum: '2021-05-26' });
    await stap('controle', { controledatum: '2021-06-01', uitkomst: { soort: 'nageleefd' }, datum: '2021-06-01' });
    await stap('opheffing', { ingangsdatum: '2021-09-01', reden: 'Een kwartaal zonder verhuur; op verzoek opgeheven', datum: '2021-09-01' });
    const naOpheffing = await stap('controle', { controledatum: '2021-09-10', uitkomst: { soort: 'overtreding', van: '2021-09-10', omschrijving: 'x' } }, 422);
    expect(naOpheffing.rule).toBe('dwangsom/last-niet-van-kracht');
    // A stale ETag: 412.
    await api.http().post(`/api/dwangsom/zaken/${zaakId}/betaling`).set(auth).set('If-Match', '"3"').send({ invordering: 1, bedragCent: 1, betaaldatum: '2021-10-01' }).expect(412);

    const zaak = await api.http().get(`/api/dwangsom/zaken/${zaakId}`).set(auth).expect(200);
    expect(zaak.headers['etag']).toBe(etag);
    expect(zaak.body.toestand).toMatchObject({
      status: 'last-beeindigd',
      einde: { reden: 'opgeheven', sinds: '2021-09-01' },
      last: { verbeurdCent: 700_000, maximumCent: 2_000_000, bezwaar: { tijdig: true, beslissing: { uitkomst: 'ongegrond' } } },
      verbeuringen: [{ verbeuring: 1, verbeurdOp: '2021-04-01', bedragCent: 700_000, verjaringsdatum: '2022-04-01', invordering: 1 }],
      invorderingen: [{ invordering: 1, bedragCent: 700_000, betaaldCent: 300_000 }],
    });
    expect(zaak.body.openstaandCent).toBe(400_000);
    expect(zaak.body.tijdlijn.map((t: { stap: string }) => t.stap)).toEqual([
      'DwangsomzaakGeopend',
      'VoornemenVerzonden',
      'ZienswijzeOntvangen',
      'LastOpgelegd',
      'OvertredingGeconstateerd',
      'DwangsomVerbeurd',
      'InvorderingsbeschikkingVerzonden',
      'BetalingOntvangen',
      'BezwaarIngediend',
      'BeslissingOpBezwaarGenomen',
      'NalevingGeconstateerd',
      'LastOpgeheven',
    ]);

    // The deadline list has every term of the case with its explanation.
    const termijnen = await api.http().get(`/api/termijnen?gemeente=GM0928&peildatum=2021-04-21&na=${positie}`).set(auth).expect(200);
    const vanZaak = termijnen.body.termijnen.filter((t: { zaakId: string }) => t.zaakId === zaakId).map((t: { id: string; einde: string; status: string }) => [t.id.slice(t.id.indexOf('.') + 1), t.einde, t.status]);
    expect(vanZaak).toEqual([
      ['zienswijzetermijn', '2021-02-17', 'voldaan'],
      ['begunstigingstermijn', '2021-03-31', 'voldaan'],
      ['bezwaartermijn', '2021-04-14', 'verstreken'],
      ['beslistermijn-bezwaar', '2021-05-26', 'voldaan'],
      ['bezwaartermijn.invordering-1', '2021-06-01', 'lopend'],
      ['beroepstermijn', '2021-07-07', 'lopend'],
      ['verjaring-dwangsom.verbeuring-1', '2022-04-01', 'voldaan'],
    ]);

    // Figures: JSON and CSV.
    const cijfers = await api.http().get(`/api/dwangsom/cijfers?gemeente=GM0928&jaar=2021&na=${positie}`).set('Authorization', `Bearer ${analist}`).expect(200);
    expect(cijfers.body.lastenOpgelegd.huisvestingswet).toEqual({ aantal: 1, zaakIds: [zaakId] });
    expect(cijfers.body.verbeuringen).toEqual({ aantal: 1, bedragCent: 700_000, zaakIds: [zaakId] });
    expect(cijfers.body.geind).toEqual({ aantal: 1, bedragCent: 300_000, zaakIds: [zaakId] });
    expect(cijfers.body.bezwaren.tegenLast.aantal).toBe(1);
    const csv = await api.http().get('/api/dwangsom/cijfers?gemeente=GM0928&jaar=2021&formaat=csv').set('Authorization', `Bearer ${analist}`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const regels = csv.text.split('\r\n');
    expect(regels).toContain('Lasten opgelegd: huisvestingswet;1;');
    expect(regels).toContain('Verbeurd;1;7000,00');
    expect(regels).toContain('Geïnd;1;3000,00');

    // Outstanding amounts: the juridisch medewerker only.
    const openstaand = await api.http().get(`/api/dwangsom/openstaand?gemeente=GM0928&peildatum=2021-10-01&na=${positie}`).set(auth).expect(200);
    expect(openstaand.body.overtreders).toEqual([
      { overtrederId, openstaandCent: 400_000, nogInTeVorderenCent: 0, verjaardCent: 0, betaaldCent: 300_000, zaken: [{ zaakId, openstaandCent: 400_000, nogInTeVorderenCent: 0, verjaardCent: 0, betaaldCent: 300_000 }] },
    ]);
    await api.http().get('/api/dwangsom/openstaand?gemeente=GM0928').set('Authorization', `Bearer ${analist}`).expect(403);
  });

  it('a period per dag verjaart day by day (art. 5:35 Awb): the beschikking of 15 March 2022 claims 15 March–31 December 2021, the first fourteen days are lost', async () => {
    const auth = { Authorization: `Bearer ${medewerker}` };
    const verhuurder = await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'L. Laatkomer' }).expect(201);
    const eigenaar: string = verhuurder.body.betrokkeneId;
    const geopend = await api
      .http()
      .post('/api/dwangsom/zaken')
      .set(auth)
      .send({ gemeente: 'GM0928', grondslag: { soort: 'huisvestingswet' }, overtrederId: eigenaar, overtreding: 'kamerverhuur zonder vergunning', constateringsdatum: '2020-11-25', thema: 'kamerverhuur', datum: '2020-12-01' })
      .expect(201);
    const zaakId: string = geopend.body.zaakId;
    let positie = '';
    const stap = async (pad: string, body: object) => {
      const response = await api.http().post(`/api/dwangsom/zaken/${zaakId}/${pad}`).set(auth).send(body).expect(200);
      positie = response.body.position;
      return response.body;
    };
    await stap('voornemen', { verzenddatum: '2020-12-02', zienswijzetermijn: { einde: '2020-12-16' }, datum: '2020-12-02' });
    await stap('zienswijze', { wijze: 'schriftelijk', datum: '2020-12-10' });
    // € 100 a day once the begunstigingstermijn has ended on Friday 26 February 2021.
    await stap('last', {
      vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-02-26' } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 10_000 },
      maximumCent: 5_000_000,
      bekendmakingsdatum: '2021-01-13',
      datum: '2021-01-13',
    });
    // One controle finds 1 March through 31 December 2021: 306 days, € 30.600.
    await stap('controle', { controledatum: '2021-12-31', uitkomst: { soort: 'overtreding', van: '2021-03-01', totEnMet: '2021-12-31', omschrijving: 'nog zes kamers verhuurd' }, datum: '2021-12-31' });
    // Made known Tuesday 15 March 2022: the days of 1–14 March 2021 verjaarden on 1–14 March 2022; 15 March 2021 onward is claimed.
    await stap('invorderingsbeschikking', { verbeuring: 1, bekendmakingsdatum: '2022-03-15', datum: '2022-03-15' });
    const zaak = await api.http().get(`/api/dwangsom/zaken/${zaakId}`).set(auth).expect(200);
    expect(zaak.body.toestand).toMatchObject({
      verbeuringen: [{ verbeuring: 1, verbeurdOp: '2021-03-01', bedragCent: 3_060_000, verjaringsdatum: '2022-03-01', invordering: 1 }],
      invorderingen: [{ invordering: 1, bedragCent: 2_920_000, bezwaartermijnEinde: '2022-04-26' }],
    });
    expect(zaak.body.openstaandCent).toBe(2_920_000);
    const openstaand = await api.http().get(`/api/dwangsom/openstaand?gemeente=GM0928&overtrederId=${eigenaar}&peildatum=2022-06-01&na=${positie}`).set(auth).expect(200);
    expect(openstaand.body.overtreders).toEqual([
      { overtrederId: eigenaar, openstaandCent: 2_920_000, nogInTeVorderenCent: 0, verjaardCent: 140_000, betaaldCent: 0, zaken: [{ zaakId, openstaandCent: 2_920_000, nogInTeVorderenCent: 0, verjaardCent: 140_000, betaaldCent: 0 }] },
    ]);
    const cijfers = await api.http().get(`/api/dwangsom/cijfers?gemeente=GM0928&jaar=2022&na=${positie}`).set('Authorization', `Bearer ${analist}`).expect(200);
    expect(cijfers.body.verjaard.zaakIds).toContain(zaakId);
  });

  it('a gegrond bezwaar changes the last (a lower sum, four new weeks) instead of revoking it; its term on the deadline list moves', async () => {
    const auth = { Authorization: `Bearer ${medewerker}` };
    const geopend = await api
      .http()
      .post('/api/dwangsom/zaken')
      .set(auth)
      .send({ gemeente: 'GM0928', grondslag: { soort: 'huisvestingswet' }, overtrederId, overtreding: 'kamerverhuur zonder vergunning', constateringsdatum: '2021-01-20', thema: 'kamerverhuur', datum: '2021-02-01' })
      .expect(201);
    const zaakId: string = geopend.body.zaakId;
    let positie = '';
    const stap = async (pad: string, body: object, status = 200) => {
      const response = await api.http().post(`/api/dwangsom/zaken/${zaakId}/${pad}`).set(auth).send(body).expect(status);
      if (status === 200) positie = response.body.position;
      return response.body;
    };
    await stap('voornemen', { verzenddatum: '2021-02-03', zienswijzetermijn: { einde: '2021-02-17' }, datum: '2021-02-03' });
    await stap('zienswijze', { wijze: 'schriftelijk', datum: '2021-02-10' });
    // € 500 a day after four weeks from Wednesday 3 March: through 31 March.
    await stap('last', {
      vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
      maximumCent: 2_000_000,
      bekendmakingsdatum: '2021-03-03',
      datum: '2021-03-03',
    });
    await stap('bezwaar', { tegen: { besluit: 'last' }, ontvangstdatum: '2021-03-20', datum: '2021-03-20' });
    // The edge refuses a field the gevolg does not know.
    const onbekend = await stap('beslissing-op-bezwaar', { tegen: { besluit: 'last' }, uitkomst: 'gegrond', gevolg: { soort: 'gewijzigd', boete: 1 }, bekendmakingsdatum: '2021-04-07' }, 400);
    expect(JSON.stringify(onbekend.errors)).toContain('boete');
    // A heavier last on bezwaar: refused with the rule.
    const zwaarder = await stap('beslissing-op-bezwaar', { tegen: { besluit: 'last' }, uitkomst: 'gegrond', gevolg: { soort: 'gewijzigd', maximumCent: 3_000_000 }, bekendmakingsdatum: '2021-04-07' }, 422);
    expect(zwaarder.rule).toBe('dwangsom/wijziging-verzwaart');
    // Made known Wednesday 7 April 2021: four new weeks end on 5 May, Bevrijdingsdag, extended to Thursday 6 May.
    const beslissing = await stap('beslissing-op-bezwaar', {
      tegen: { besluit: 'last' },
      uitkomst: 'gegrond',
      gevolg: { soort: 'gewijzigd', bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 25_000 }, begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
      bekendmakingsdatum: '2021-04-07',
      datum: '2021-04-07',
    });
    expect(beslissing.events).toEqual(['BeslissingOpBezwaarGenomen']);
    const zaak = await api.http().get(`/api/dwangsom/zaken/${zaakId}`).set(auth).expect(200);
    expect(zaak.body.toestand).toMatchObject({
      status: 'last-van-kracht',
      last: { bedrag: { bedragCent: 25_000 }, maximumCent: 2_000_000, vorm: { begunstigingstermijn: { einde: '2021-05-06' } }, bezwaar: { beslissing: { uitkomst: 'gegrond' } } },
    });
    const termijnen = await api.http().get(`/api/termijnen?gemeente=GM0928&peildatum=2021-04-08&na=${positie}`).set(auth).expect(200);
    const begunstiging = termijnen.body.termijnen.find((t: { id: string }) => t.id === `dwangsom-${zaakId}.begunstigingstermijn`);
    expect(begunstiging).toMatchObject({ einde: '2021-05-06', status: 'lopend' });
    expect(begunstiging.uitleg).toContain('last gewijzigd op bezwaar');
    // The last still went out and stands: it counts in the figures.
    const cijfers = await api.http().get(`/api/dwangsom/cijfers?gemeente=GM0928&jaar=2021&na=${positie}`).set('Authorization', `Bearer ${analist}`).expect(200);
    expect(cijfers.body.lastenOpgelegd.huisvestingswet.zaakIds).toContain(zaakId);
  });

  it('the Awb order holds over HTTP (art. 4:8 Awb): no last dated within the zienswijzetermijn until the overtreder was heard, no date after today; nothing appended when refused', async () => {
    const auth = { Authorization: `Bearer ${medewerker}` };
    const geopend = await api
      .http()
      .post('/api/dwangsom/zaken')
      .set(auth)
      .send({ gemeente: 'GM0928', grondslag: { soort: 'huisvestingswet' }, overtrederId, overtreding: 'kamerverhuur zonder vergunning', constateringsdatum: '2021-02-24', thema: 'kamerverhuur', datum: '2021-02-26' })
      .expect(201);
    const stap = (pad: string, body: object) => api.http().post(`/api/dwangsom/zaken/${geopend.body.zaakId}/${pad}`).set(auth).send(body);
    // Voornemen Wednesday 3 March 2021 to the overtreder, zienswijzetermijn through Wednesday 17 March.
    const voornemen = await stap('voornemen', { verzenddatum: '2021-03-03', zienswijzetermijn: { einde: '2021-03-17' }, datum: '2021-03-03' }).expect(200);
    expect(voornemen.body.events).toEqual(['VoornemenVerzonden']);
    await stap('zienswijzetermijn-verstreken', { datum: '2021-03-18' }).expect(200);
    const last = { vorm: { soort: 'preventieve-last' }, bedrag: { soort: 'per-overtreding', bedragCent: 100_000 }, maximumCent: 500_000 };
    const head = await api.eventStore().readHeadPosition();
    const binnenTermijn = await stap('last', { ...last, datum: '2021-03-10', bekendmakingsdatum: '2021-03-10' }).expect(422);
    expect(binnenTermijn.body).toMatchObject({ rule: 'dwangsom/besluit-binnen-zienswijzetermijn', errors: [{ field: 'datum' }] });
    const toekomst = await stap('last', { ...last, datum: '9999-12-31', bekendmakingsdatum: '9999-12-31' }).expect(422);
    expect(toekomst.body).toMatchObject({ rule: 'dwangsom/datum-in-de-toekomst', errors: [{ field: 'datum' }] });
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    await stap('last', { ...last, datum: '2021-03-18', bekendmakingsdatum: '2021-03-18' }).expect(200);
  });

  it('another gemeente’s case is a 404; the same Idempotency-Key opens one case', async () => {
    const body = { gemeente: 'GM0928', grondslag: { soort: 'apv', artikel: 'art. 2:74a APV' }, overtrederId, overtreding: 'dealen', constateringsdatum: '2021-01-20' };
    const eerste = await api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'dwangsom-import-1').send(body).expect(201);
    const tweede = await api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${medewerker}`).set('Idempotency-Key', 'dwangsom-import-1').send(body).expect(200);
    expect(tweede.body).toMatchObject({ zaakId: eerste.body.zaakId, alreadyProcessed: true });
    const ander = await api.token(['juridisch-medewerker'], ['GM0882']);
    await api.http().get(`/api/dwangsom/zaken/${eerste.body.zaakId}`).set('Authorization', `Bearer ${ander}`).expect(404);
    await api.http().post(`/api/dwangsom/zaken/${eerste.body.zaakId}/voornemen`).set('Authorization', `Bearer ${ander}`).send({ verzenddatum: '2021-02-03', zienswijzetermijn: { einde: '2021-02-17' } }).expect(404);
    const zonderArtikel = await api.http().post('/api/dwangsom/zaken').set('Authorization', `Bearer ${medewerker}`).send({ ...body, grondslag: { soort: 'apv' } }).expect(422);
    expect(zonderArtikel.body.rule).toBe('dwangsom/apv-artikel-ontbreekt');
  });

  it('a reminder the scheduler recorded on the case, and an event of a newer version, do not stop the next step (it answered 500 before)', async () => {
    const auth = { Authorization: `Bearer ${medewerker}` };
    const body = { gemeente: 'GM0928', grondslag: { soort: 'apv', artikel: 'art. 2:74a APV' }, overtrederId, overtreding: 'dealen', constateringsdatum: '2021-01-20', datum: '2021-01-25' };
    const zaakId: string = (await api.http().post('/api/dwangsom/zaken').set(auth).send(body).expect(201)).body.zaakId;
    await api.http().post(`/api/dwangsom/zaken/${zaakId}/voornemen`).set(auth).send({ verzenddatum: '2021-02-03', zienswijzetermijn: { einde: '2021-02-17' }, datum: '2021-02-03' }).expect(200);
    const streamId = `dwangsom-${zaakId}`;
    // As the scheduler records it (apps/scheduler, herinnering-verzending.ts), and a type no version here knows.
    await api.eventStore().appendToStream(
      streamId,
      [
        {
          type: 'HerinneringVerstuurd',
          data: {
            herinneringId: `${streamId}.zienswijzetermijn.voor-einde-5wd-0800.2021-02-17`,
            deadlineId: `${streamId}.zienswijzetermijn`,
            zaakId,
            termijnsoort: 'zienswijzetermijn',
            herinneringSoort: 'voor-einde-5wd-0800',
            termijnEinde: '2021-02-17',
            gepland: '2021-02-10T07:00:00.000Z',
            verstuurdOp: '2021-02-10T07:00:01.000Z',
            datum: '2021-02-10',
            kanalen: ['webhook'],
          },
        },
        { type: 'GebeurtenisVanEenNieuwereVersie', data: { zaakId, datum: '2021-02-11' } },
      ],
      { expectedRevision: 'any', metadata: { commandId: `herinnering-${zaakId}`, gemeente: 'GM0928' } },
    );
    const zienswijze = await api.http().post(`/api/dwangsom/zaken/${zaakId}/zienswijze`).set(auth).send({ wijze: 'schriftelijk', datum: '2021-02-12' }).expect(200);
    expect(zienswijze.body.events).toEqual(['ZienswijzeOntvangen']);
    const zaak = await api.http().get(`/api/dwangsom/zaken/${zaakId}`).set(auth).expect(200);
    expect(zaak.body.toestand.status).toBe('gereed-voor-besluit');
  });
});

describeWithRedis('Dwangsom over HTTP: a year of forfeitures in which one invordering is missed', () => {
  let api: TestApi;
  let clock: SettableClock;

  beforeAll(async () => {
    clock = settableClock();
    api = await startTestApi(redisUrl ?? '', {}, { clock });
  });

  afterAll(() => api?.close());

  it('the deadline list flags the verjaring in time; after it, the beschikking is refused and the figures show the money lost', async () => {
    const medewerker = await api.token(['juridisch-medewerker']);
    const auth = { Authorization: `Bearer ${medewerker}` };
    /** Each step is recorded on its own day (10:00 UTC), as the medewerker would have. */
    const op = (dag: string) => clock.set(`${dag}T10:00:00Z`);
    op('2021-01-05');
    const betrokkene = await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'D. Dealer' }).expect(201);
    const zaak = await api
      .http()
      .post('/api/dwangsom/zaken')
      .set(auth)
      .send({ gemeente: 'GM0928', grondslag: { soort: 'apv', artikel: 'art. 2:74a APV Kerkrade' }, overtrederId: betrokkene.body.betrokkeneId, overtreding: 'dealen op straat', constateringsdatum: '2021-01-04', thema: 'drugshandel' })
      .expect(201);
    const zaakId: string = zaak.body.zaakId;
    let positie = '';
    const stap = async (dag: string, pad: string, body: object) => {
      op(dag);
      const response = await api.http().post(`/api/dwangsom/zaken/${zaakId}/${pad}`).set(auth).send(body).expect(200);
      positie = response.body.position;
    };
    await stap('2021-01-13', 'last', {
      vorm: { soort: 'preventieve-last', looptijd: { lengte: { aantal: 1, eenheid: 'jaren' } } },
      bedrag: { soort: 'per-overtreding', bedragCent: 250_000 },
      maximumCent: 2_500_000,
      bekendmakingsdatum: '2021-01-13',
      spoedeisend: { motivering: 'Handel bij een basisschool; de last kan niet wachten' },
    });
    const dagen = ['2021-02-10', '2021-03-10', '2021-04-14', '2021-05-12', '2021-06-09', '2021-07-14', '2021-08-11', '2021-09-08', '2021-10-13', '2021-11-10'];
    for (const [i, dag] of dagen.entries()) {
      await stap(dag, 'controle', { controledatum: dag, uitkomst: { soort: 'overtreding', van: dag, omschrijving: 'dealen gezien door BOA' } });
      if (i === 3) continue; // 12 May 2021: nobody sends the invorderingsbeschikking
      const week = new Date(Date.parse(`${dag}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
      await stap(week, 'invorderingsbeschikking', { verbeuring: i + 1, bekendmakingsdatum: week });
    }

    // 14 April 2022, four weeks ahead: the deadline list shows the one verjaring still running.
    op('2022-04-14');
    const lijst = await api.http().get(`/api/termijnen?gemeente=GM0928&status=lopend&van=2022-04-14&na=${positie}`).set(auth).expect(200);
    expect(lijst.body.termijnen.map((t: { soort: string; einde: string; betreft: string }) => [t.soort, t.einde, t.betreft])).toEqual([
      ['verjaring-dwangsom', '2022-05-12', 'verbeuring 4: € 2.500,00 verbeurd op 2021-05-12'],
    ]);
    const openstaand = await api.http().get('/api/dwangsom/openstaand?gemeente=GM0928').set(auth).expect(200);
    expect(openstaand.body.overtreders[0]).toMatchObject({ nogInTeVorderenCent: 250_000, eerstvolgendeVerjaring: '2022-05-12', verjaardCent: 0 });

    // The figures of 2022 as known on its last claimable day: nothing lost yet.
    const opDeDag = await api.http().get('/api/dwangsom/cijfers?gemeente=GM0928&jaar=2022&bekendOp=2022-05-12').set(auth).expect(200);
    expect(opDeDag.body.verjaard).toEqual({ aantal: 0, bedragCent: 0, zaakIds: [] });

    // Nobody acted. On 13 May 2022 the beschikking is refused and the money is lost.
    op('2022-05-13');
    const teLaat = await api.http().post(`/api/dwangsom/zaken/${zaakId}/invorderingsbeschikking`).set(auth).send({ verbeuring: 4, bekendmakingsdatum: '2022-05-13' }).expect(422);
    expect(teLaat.body.rule).toBe('dwangsom/verbeurde-dwangsom-verjaard');
    const [verstreken] = (await api.http().get('/api/termijnen?gemeente=GM0928&van=2022-05-12&tot=2022-05-12').set(auth).expect(200)).body.termijnen;
    expect(verstreken.status).toBe('verstreken');
    const cijfers2022 = await api.http().get('/api/dwangsom/cijfers?gemeente=GM0928&jaar=2022').set(auth).expect(200);
    expect(cijfers2022.body.verjaard).toEqual({ aantal: 1, bedragCent: 250_000, zaakIds: [zaakId] });
    const cijfers2021 = await api.http().get('/api/dwangsom/cijfers?gemeente=GM0928&jaar=2021').set(auth).expect(200);
    expect(cijfers2021.body).toMatchObject({
      lastenOpgelegd: { apv: { aantal: 1 }, totaal: { aantal: 1 } },
      lastenAanDrugsdealers: { aantal: 1, zaakIds: [zaakId] },
      verbeuringen: { aantal: 10, bedragCent: 2_500_000 },
      lastenUitgeput: { aantal: 1 },
      verjaard: { aantal: 0 },
    });
  });
});

describeWithRedis('Dwangsom over HTTP: a Damocles case chooses a last onder dwangsom, and the process manager opens the dwangsom case', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
  });

  afterAll(() => api?.close());

  it('opens one linked dwangsom case for the chosen betrokkene, as the medewerker who chose it, once', async () => {
    const medewerker = await api.token(['juridisch-medewerker'], ['GM0928'], 'mw-damocles');
    const auth = { Authorization: `Bearer ${medewerker}` };
    const betrokkene = await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'H. Huurder' }).expect(201);
    const overtrederId: string = betrokkene.body.betrokkeneId;
    const { zaakId: damoclesZaakId } = await openDamocleszaak(api, medewerker, {
      pand: { postcode: '6461AB', huisnummer: 40 },
      constateringsdatum: '2021-03-02',
      ontvangstdatum: '2021-03-09',
      vondsten: [{ categorie: 'harddrugs', omschrijving: 'cocaïne, verkoop vanuit de woning' }],
      betrokkenen: [{ betrokkeneId: overtrederId, rol: 'gebruiker' }],
    });
    const geenBetrokkene = await api
      .http()
      .post(`/api/damocles/zaken/${damoclesZaakId}/last-onder-dwangsom`)
      .set(auth)
      .send({ overtrederId: '0b7d5c1e-2f4a-4c3b-9a8e-5d6f7a8b9c0d', motivering: 'verkoop vanuit de woning' })
      .expect(422);
    expect(geenBetrokkene.body.rule).toBe('damocles/overtreder-geen-betrokkene');
    const gekozen = await api
      .http()
      .post(`/api/damocles/zaken/${damoclesZaakId}/last-onder-dwangsom`)
      .set(auth)
      .send({ overtrederId, motivering: 'verkoop vanuit de woning; een dwangsom naast de sluiting', datum: '2021-03-15' })
      .expect(200);
    expect(gekozen.body.events).toEqual(['LastOnderDwangsomGekozen']);

    const proces = api.app.get(DwangsomVanuitDamocles);
    expect(await proces.waitForPosition(BigInt(gekozen.body.position), 10_000)).toBe(true);
    const bron = (await api.eventStore().readStream(`damocles-${damoclesZaakId}`)).find((e) => e.type === 'LastOnderDwangsomGekozen');
    const zaakId = dwangsomzaakVoor(bron?.id ?? '');
    const zaak = await api.http().get(`/api/dwangsom/zaken/${zaakId}`).set(auth).expect(200);
    expect(zaak.body.toestand).toMatchObject({
      status: 'geopend',
      zaak: {
        gemeente: 'GM0928',
        grondslag: { soort: 'opiumwet-13b' },
        overtrederId,
        constateringsdatum: '2021-03-02',
        thema: 'drugspand',
        herkomst: { context: 'damocles', zaakId: damoclesZaakId },
      },
    });
    expect(zaak.body.tijdlijn).toEqual([expect.objectContaining({ stap: 'DwangsomzaakGeopend', door: 'mw-damocles', datum: '2021-03-15' })]);

    // Delivered again (a replay after a crash): nothing is appended twice.
    await (proces as unknown as { reageer(event: unknown): Promise<void> }).reageer(bron);
    expect(await api.eventStore().readStream(`dwangsom-${zaakId}`)).toHaveLength(1);
  });
});

/*
 * A bezwaar against invorderingsbeschikking 1 (made known Wednesday 17 February 2021, bezwaar
 * through Wednesday 31 March) on which an adviescommissie advises: its beslistermijn is twelve weeks
 * from 1 April, through Wednesday 23 June 2021 (art. 7:10 lid 1, 7:13 Awb); a verdaging of six
 * weeks moves it to Wednesday 4 August (lid 3).
 */
describeWithRedis('Dwangsom over HTTP: the beslistermijn of a bezwaar against an invorderingsbeschikking, with an adviescommissie', () => {
  let api: TestApi;
  let clock: SettableClock;

  beforeAll(async () => {
    clock = settableClock();
    api = await startTestApi(redisUrl ?? '', {}, { clock });
  });

  afterAll(() => api?.close());

  it('twelve weeks on the deadline list (23 June); a verdaging moves it six weeks (4 August); a second one is refused', async () => {
    const auth = { Authorization: `Bearer ${await api.token(['juridisch-medewerker'])}` };
    const op = (dag: string) => clock.set(`${dag}T10:00:00Z`);
    op('2021-01-13');
    const betrokkene = await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'D. Dealer' }).expect(201);
    const zaak = await api
      .http()
      .post('/api/dwangsom/zaken')
      .set(auth)
      .send({ gemeente: 'GM0928', grondslag: { soort: 'apv', artikel: 'art. 2:74a APV Kerkrade' }, overtrederId: betrokkene.body.betrokkeneId, overtreding: 'dealen op straat', constateringsdatum: '2021-01-12', thema: 'drugshandel' })
      .expect(201);
    const zaakId: string = zaak.body.zaakId;
    let positie = '';
    const stap = async (dag: string, pad: string, body: object, status = 200) => {
      op(dag);
      const response = await api.http().post(`/api/dwangsom/zaken/${zaakId}/${pad}`).set(auth).send(body).expect(status);
      if (status === 200) positie = response.body.position;
      return response.body;
    };
    await stap('2021-01-13', 'last', {
      vorm: { soort: 'preventieve-last' },
      bedrag: { soort: 'per-overtreding', bedragCent: 250_000 },
      maximumCent: 2_500_000,
      bekendmakingsdatum: '2021-01-13',
      spoedeisend: { motivering: 'Handel bij een basisschool; de last kan niet wachten' },
    });
    await stap('2021-02-10', 'controle', { controledatum: '2021-02-10', uitkomst: { soort: 'overtreding', van: '2021-02-10', omschrijving: 'dealen gezien door BOA' } });
    await stap('2021-02-17', 'invorderingsbeschikking', { verbeuring: 1, bekendmakingsdatum: '2021-02-17' });
    const tegen = { besluit: 'invorderingsbeschikking', invordering: 1 };
    await stap('2021-03-10', 'bezwaar', { tegen, ontvangstdatum: '2021-03-10', adviescommissie: true });
    const beslistermijn = async (peildatum: string) => {
      const lijst = await api.http().get(`/api/termijnen?gemeente=GM0928&peildatum=${peildatum}&na=${positie}`).set(auth).expect(200);
      return lijst.body.termijnen.find((t: { id: string }) => t.id === `dwangsom-${zaakId}.beslistermijn-bezwaar.invordering-1`);
    };
    const twaalfWeken = await beslistermijn('2021-03-10');
    expect(twaalfWeken).toMatchObject({ einde: '2021-06-23', status: 'lopend', betreft: 'bezwaar tegen invorderingsbeschikking 1' });
    expect(twaalfWeken.uitleg).toContain('adviescommissie');

    await stap('2021-06-01', 'verdaging', { tegen, lengte: { aantal: 6, eenheid: 'weken' }, reden: 'het advies van de commissie volgt na de hoorzitting' });
    expect(await beslistermijn('2021-06-01')).toMatchObject({ einde: '2021-08-04', status: 'lopend' });
    const tweede = await stap('2021-06-02', 'verdaging', { tegen, lengte: { aantal: 2, eenheid: 'weken' }, reden: 'nog een keer' }, 422);
    expect(tweede.type).toBe('https://handhaving.nl/problemen/regel/dwangsom/verdaging-al-gebruikt');
    // Unknown fields are refused at the edge.
    await stap('2021-06-02', 'verdaging', { tegen, lengte: { aantal: 2, eenheid: 'weken' }, reden: 'nog een keer', extra: 1 }, 400);
  });
});
