import { DwangsomVanuitKamerverhuur } from '../dwangsom/processen/dwangsom-vanuit-kamerverhuur.process';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';
import { RegisterVolgtVergunningEnTraject } from './processen/register-volgt-vergunning-en-traject.process';
import { registerZaakId } from './register/register-zaak';
import { dwangsomzaakVanTraject } from './traject/traject.api-context';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

/*
 * Kerkrade, 2021: a pand with six rooms let without a kamerverhuurvergunning. The toezichthouder
 * finds it on Wednesday 20 January; the traject chooses a last onder dwangsom; the dwangsom case
 * (opened by the process manager) imposes a herstellast of € 500 a day with four weeks to comply
 * from its bekendmaking on Wednesday 3 March, through Wednesday 31 March (art. 5:32a Awb); the
 * control on 14 April finds the rooms still let: 14 days forfeited (art. 5:33 Awb), collected by
 * an invorderingsbeschikking (art. 5:37 Awb) and paid.
 */
describeWithRedis('Kamerverhuur over HTTP: a traject from constatering to a forfeited dwangsom and its invordering', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
  });

  afterAll(() => api?.close());

  it('opens one linked dwangsom case through the process manager, moves the pand into handhaving once, and collects the forfeiture', async () => {
    const medewerker = await api.token(['juridisch-medewerker'], ['GM0928'], 'mw-kamerverhuur');
    const auth = { Authorization: `Bearer ${medewerker}` };
    const betrokkene = await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'K. Verhuurder' }).expect(201);
    const overtrederId: string = betrokkene.body.betrokkeneId;
    const pand = { postcode: '6461 AB', huisnummer: 50 };
    const pandZaak = registerZaakId(pand);

    // A traject is about a pand in the register: before it is entered, 422 on the field pand, nothing appended.
    const constatering = { gemeente: 'GM0928', pand, soort: 'kamerverhuur', overtrederId, constateringsdatum: '2021-01-20', toezichthouder: 'toezichthouder J. Smeets', bevindingen: 'zes kamers los verhuurd, zes namen op de bellen', datum: '2021-01-20' };
    const nietInRegister = await api.http().post('/api/kamerverhuurtraject/zaken').set(auth).send(constatering).expect(422);
    expect(nietInRegister.body).toMatchObject({ rule: 'kamerverhuur/pand-niet-in-register', errors: [expect.objectContaining({ field: 'pand' })] });

    const opgenomen = await api
      .http()
      .post('/api/kamerverhuurregister/zaken')
      .set(auth)
      .send({ gemeente: 'GM0928', pand, aantalKamers: 6, betrokkenen: { eigenaarId: overtrederId }, ingangsdatum: '2021-01-04', datum: '2021-01-04' })
      .expect(201);
    expect(opgenomen.body.zaakId).toBe(pandZaak);
    // Once in the register: the same pand again is the decider's refusal.
    const tweemaal = await api.http().post('/api/kamerverhuurregister/zaken').set(auth).send({ gemeente: 'GM0928', pand: { postcode: '6461AB', huisnummer: 50 }, aantalKamers: 6, betrokkenen: { eigenaarId: overtrederId }, ingangsdatum: '2021-01-04' }).expect(422);
    expect(tweemaal.body.rule).toBe('kamerverhuur/pand-al-in-register');

    // Bad input at the edge: 400 naming the field, nothing appended.
    const fout = await api.http().post('/api/kamerverhuurtraject/zaken').set(auth).send({ ...constatering, soort: 'hotel' }).expect(400);
    expect(fout.body.errors.map((e: { field: string }) => e.field)).toEqual(['soort']);

    const gestart = await api.http().post('/api/kamerverhuurtraject/zaken').set(auth).send(constatering).expect(201);
    const trajectId: string = gestart.body.zaakId;
    expect(gestart.headers['location']).toBe(`/api/kamerverhuurtraject/zaken/${trajectId}`);
    const stap = async (pad: string, body: object, status = 200) => (await api.http().post(`/api/kamerverhuurtraject/zaken/${trajectId}/${pad}`).set(auth).send(body).expect(status)).body;

    // The register follows the traject: in handhaving from the day it was found, recorded once even when the event is delivered again.
    const register = api.app.get(RegisterVolgtVergunningEnTraject);
    expect(await register.waitForPosition(BigInt(gestart.body.position), 10_000)).toBe(true);
    const bron = (await api.eventStore().readStream(`kamerverhuurtraject-${trajectId}`))[0];
    await (register as unknown as { reageer(event: unknown): Promise<void> }).reageer(bron);
    const pandStroom = await api.eventStore().readStream(`kamerverhuurregister-${pandZaak}`);
    expect(pandStroom.map((e) => [e.type, (e.data as { naar?: string }).naar, (e.data as { ingangsdatum: string }).ingangsdatum])).toEqual([
      ['PandInRegisterOpgenomen', undefined, '2021-01-04'],
      ['StandGewijzigd', 'in-handhaving', '2021-01-20'],
    ]);
    expect(pandStroom[1].data).toMatchObject({ aanleiding: { zaakId: trajectId, gebeurtenis: 'OvertredingGeconstateerd', eventId: bron.id }, door: 'mw-kamerverhuur' });

    await stap('vooraankondiging', { verzenddatum: '2021-01-25', datum: '2021-01-25' });
    const keuze = await stap('last-onder-dwangsom', { motivering: 'de verhuur gaat door na de vooraankondiging; een dwangsom dwingt beëindiging af', datum: '2021-02-01' });
    expect(keuze.events).toEqual(['LastOnderDwangsomGekozen']);

    // The process manager opens the dwangsom case the traject names, with the traject as its herkomst.
    const dwangsomId = dwangsomzaakVanTraject(trajectId);
    const keuzeEvent = (await api.eventStore().readStream(`kamerverhuurtraject-${trajectId}`)).find((e) => e.type === 'LastOnderDwangsomGekozen');
    expect(keuzeEvent?.data).toMatchObject({ dwangsomZaakId: dwangsomId });
    const proces = api.app.get(DwangsomVanuitKamerverhuur);
    expect(await proces.waitForPosition(BigInt(keuze.position), 10_000)).toBe(true);
    await (proces as unknown as { reageer(event: unknown): Promise<void> }).reageer(keuzeEvent);
    expect(await api.eventStore().readStream(`dwangsom-${dwangsomId}`)).toHaveLength(1);
    const geopend = await api.http().get(`/api/dwangsom/zaken/${dwangsomId}`).set(auth).expect(200);
    expect(geopend.body.toestand).toMatchObject({
      status: 'geopend',
      zaak: { gemeente: 'GM0928', grondslag: { soort: 'huisvestingswet' }, overtrederId, constateringsdatum: '2021-01-20', thema: 'kamerverhuur', herkomst: { context: 'kamerverhuur', zaakId: trajectId } },
    });
    // Chosen once: a second choice is refused.
    expect((await stap('last-onder-dwangsom', { motivering: 'nog een keer, dat mag niet', datum: '2021-02-02' }, 422)).rule).toMatch(/^kamerverhuur\//);

    // The dwangsom case runs its course: voornemen, zienswijze, last, a control that finds the rooms still let, the invordering.
    const dwangsom = async (pad: string, body: object) => (await api.http().post(`/api/dwangsom/zaken/${dwangsomId}/${pad}`).set(auth).send(body).expect(200)).body;
    await dwangsom('voornemen', { verzenddatum: '2021-02-03', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, datum: '2021-02-03' });
    await dwangsom('zienswijze', { wijze: 'schriftelijk', datum: '2021-02-10' });
    await dwangsom('last', {
      vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
      maximumCent: 2_000_000,
      bekendmakingsdatum: '2021-03-03',
      datum: '2021-03-03',
    });
    const controle = await dwangsom('controle', { controledatum: '2021-04-14', uitkomst: { soort: 'overtreding', van: '2021-04-01', totEnMet: '2021-04-14', omschrijving: 'nog vier kamers verhuurd' }, datum: '2021-04-14' });
    expect(controle.events).toEqual(['OvertredingGeconstateerd', 'DwangsomVerbeurd']);
    await dwangsom('invorderingsbeschikking', { verbeuring: 1, bekendmakingsdatum: '2021-04-20', datum: '2021-04-20' });
    await dwangsom('betaling', { invordering: 1, bedragCent: 700_000, betaaldatum: '2021-05-03', datum: '2021-05-03' });
    const zaak = await api.http().get(`/api/dwangsom/zaken/${dwangsomId}`).set(auth).expect(200);
    expect(zaak.body.toestand).toMatchObject({ verbeuringen: [{ verbeuring: 1, verbeurdOp: '2021-04-01', bedragCent: 700_000, invordering: 1 }], invorderingen: [{ invordering: 1, bedragCent: 700_000, betaaldCent: 700_000 }] });
    expect(zaak.body.openstaandCent).toBe(0);

    // On the work list, with its next step, until it is closed.
    const voorAfsluiting = await api.http().get(`/api/kamerverhuur/werkvoorraad?gemeente=GM0928&na=${keuze.position}`).set(auth).expect(200);
    expect(voorAfsluiting.body.trajecten).toEqual([expect.objectContaining({ zaakId: trajectId, soort: 'kamerverhuur', volgendeStap: expect.any(String) })]);
    const gefilterd = async (query: string) => (await api.http().get(`/api/kamerverhuur/werkvoorraad?gemeente=GM0928&${query}`).set(auth).expect(200)).body.trajecten.map((t: { zaakId: string }) => t.zaakId);
    expect(await gefilterd('status=dwangsom-gekozen&door=mw-kamerverhuur')).toEqual([trajectId]);
    expect(await gefilterd('status=last-opgelegd,voornemen-verzonden')).toEqual([]);
    expect(await gefilterd('door=iemand-anders')).toEqual([]);
    const onbekend = await api.http().get('/api/kamerverhuur/werkvoorraad?gemeente=GM0928&status=gesloten').set(auth).expect(400);
    expect(onbekend.body.errors.map((e: { field: string }) => e.field)).toEqual(['status']);

    // The traject closes on the dwangsom's outcome; the pand stays in handhaving until the medewerker moves it.
    const afgesloten = await stap('afsluiting', { afsluitdatum: '2021-05-10', resultaat: 'dwangsom-ingevorderd', datum: '2021-05-10' });
    expect(afgesloten.events).toEqual(['TrajectAfgesloten']);
    expect(await register.waitForPosition(BigInt(afgesloten.position), 10_000)).toBe(true);
    expect(await api.eventStore().readStream(`kamerverhuurregister-${pandZaak}`)).toHaveLength(2);
    // Each case reads back: the traject names its dwangsom case, the pand its numbered changes with their aanleiding.
    const trajectZaak = await api.http().get(`/api/kamerverhuurtraject/zaken/${trajectId}`).set(auth).expect(200);
    expect(trajectZaak.body.toestand).toMatchObject({ dwangsom: { dwangsomZaakId: dwangsomId } });
    expect(trajectZaak.body.tijdlijn.map((t: { stap: string }) => t.stap)).toEqual(['OvertredingGeconstateerd', 'VooraankondigingVerzonden', 'LastOnderDwangsomGekozen', 'TrajectAfgesloten']);
    const pandZaakInzien = await api.http().get(`/api/kamerverhuurregister/zaken/${pandZaak}`).set(auth).expect(200);
    expect(pandZaakInzien.body.toestand.wijzigingen).toEqual([expect.objectContaining({ wijziging: 1, naar: 'in-handhaving', aanleiding: expect.objectContaining({ zaakId: trajectId }) })]);
    await api.http().get(`/api/kamerverhuurvergunning/zaken/${trajectId}`).set(auth).expect(404);

    const naAfsluiting = await api.http().get(`/api/kamerverhuur/werkvoorraad?gemeente=GM0928&na=${afgesloten.position}`).set(auth).expect(200);
    expect(naAfsluiting.body.trajecten).toEqual([]);

    // The register on dates: in onderzoek from its entry, in handhaving from the constatering; each cell names the pand.
    const tabel = await api.http().get(`/api/kamerverhuur/register?gemeente=GM0928&op=2021-01-10,2021-02-01&na=${afgesloten.position}`).set(auth).expect(200);
    expect(tabel.body.datums.map((d: { datum: string; aantalPanden: { aantal: number }; perStand: Record<string, { aantal: number; zaakIds: string[] }> }) => [d.datum, d.aantalPanden.aantal, d.perStand['in-onderzoek'].aantal, d.perStand['in-handhaving'].zaakIds])).toEqual([
      ['2021-01-10', 1, 1, []],
      ['2021-02-01', 1, 0, [pandZaak]],
    ]);
    const registerCsv = await api.http().get('/api/kamerverhuur/register?gemeente=GM0928&op=2021-01-10,2021-02-01&formaat=csv').set(auth).expect(200);
    expect(registerCsv.text.split('\r\n')).toContain('In handhaving;0;1');
    const slecht = await api.http().get('/api/kamerverhuur/register?gemeente=GM0928&op=2021-02-30x').set(auth).expect(400);
    expect(slecht.body.errors.map((e: { field: string }) => e.field)).toEqual(['op']);

    // The year's figures: one traject started and closed on its dwangsom, one aanschrijving (the vooraankondiging; the voornemen was the dwangsom case's).
    const cijfers = await api.http().get(`/api/kamerverhuur/cijfers?gemeente=GM0928&jaar=2021&na=${afgesloten.position}`).set(auth).expect(200);
    expect(cijfers.body.handhavingstrajecten.gestart.kamerverhuur).toEqual({ aantal: 1, panden: ['adres:6461AB-50'], zaakIds: [trajectId] });
    expect(cijfers.body.handhavingstrajecten.perResultaat['dwangsom-ingevorderd'].totaal.aantal).toBe(1);
    expect(cijfers.body.aanschrijvingen.vooraankondiging.aantal).toBe(1);
    const cijfersCsv = await api.http().get('/api/kamerverhuur/cijfers?gemeente=GM0928&jaar=2021&formaat=csv').set(auth).expect(200);
    expect(cijfersCsv.text.split('\r\n')).toContain('Handhavingstrajecten gestart;1;0;1');
  });

  /*
   * Two more panden of Kerkrade in 2021. At nr. 52 a woningsplitsing is found on Monday 1 March and
   * turns out to be none: the traject's move into handhaving is taken back. At nr. 54 a voornemen
   * and a last onder bestuursdwang go out without terms of their own: the policy's two weeks for
   * the zienswijze (Monday 1 March through Monday 15 March) and eight for the begunstiging (from
   * the bekendmaking on Wednesday 17 March through Wednesday 12 May, art. 5:24 lid 2 Awb).
   */
  it('takes back the move of a traject without an overtreding, and gives a letter without terms those of the policy', async () => {
    const medewerker = await api.token(['juridisch-medewerker'], ['GM0928'], 'mw-kamerverhuur');
    const auth = { Authorization: `Bearer ${medewerker}` };
    const eigenaar = (await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'E. Igenaar' }).expect(201)).body.betrokkeneId as string;
    const traject = async (huisnummer: number) => {
      const pand = { postcode: '6461AB', huisnummer };
      await api.http().post('/api/kamerverhuurregister/zaken').set(auth).send({ gemeente: 'GM0928', pand, aantalKamers: 3, betrokkenen: { eigenaarId: eigenaar }, ingangsdatum: '2021-01-04' }).expect(201);
      const gestart = await api.http().post('/api/kamerverhuurtraject/zaken').set(auth).send({ gemeente: 'GM0928', pand, soort: 'woningsplitsing', overtrederId: eigenaar, constateringsdatum: '2021-03-01', toezichthouder: 't', bevindingen: 'twee voordeuren', datum: '2021-03-01' }).expect(201);
      return { trajectId: gestart.body.zaakId as string, pandZaak: registerZaakId(pand) };
    };
    const register = api.app.get(RegisterVolgtVergunningEnTraject);

    const geen = await traject(52);
    const afgesloten = await api.http().post(`/api/kamerverhuurtraject/zaken/${geen.trajectId}/afsluiting`).set(auth).send({ afsluitdatum: '2021-03-08', resultaat: 'geen-overtreding', toelichting: 'één huishouden, familie', datum: '2021-03-08' }).expect(200);
    expect(await register.waitForPosition(BigInt(afgesloten.body.position), 10_000)).toBe(true);
    const pand52 = await api.eventStore().readStream(`kamerverhuurregister-${geen.pandZaak}`);
    expect(pand52.map((e) => e.type)).toEqual(['PandInRegisterOpgenomen', 'StandGewijzigd', 'GegevensGecorrigeerd']);
    expect(pand52[2].data).toMatchObject({ correctie: { soort: 'wijziging-vervalt', wijziging: 1 }, reden: 'traject afgesloten: geen overtreding' });

    const last = await traject(54);
    const stap = (pad: string, body: object) => api.http().post(`/api/kamerverhuurtraject/zaken/${last.trajectId}/${pad}`).set(auth).send(body).expect(200);
    await stap('voornemen', { verzenddatum: '2021-03-01', datum: '2021-03-01' });
    await stap('zienswijzetermijn-verstreken', { datum: '2021-03-16' });
    await stap('last-onder-bestuursdwang', { besluitdatum: '2021-03-17', omschrijving: 'maak de splitsing ongedaan', datum: '2021-03-17' });
    const events = await api.eventStore().readStream(`kamerverhuurtraject-${last.trajectId}`);
    expect(events.find((e) => e.type === 'VoornemenVerzonden')?.data).toMatchObject({ zienswijzetermijn: { einde: '2021-03-15' } });
    expect(events.find((e) => e.type === 'LastOnderBestuursdwangOpgelegd')?.data).toMatchObject({ begunstigingstermijn: { einde: '2021-05-12' } });
  });
});
