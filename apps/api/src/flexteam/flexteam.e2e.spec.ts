import { flexteamcontroleContext, verzoekContext } from '@handhaving/domain-flexteam';
import { kamerverhuurtrajectContext } from '@handhaving/domain-kamerverhuur';
import type { RecordedEvent } from '@handhaving/event-store';
import { CommandPipeline } from '../platform/commands/command-pipeline';
import { settableClock, startTestApi, testRedisUrl, type SettableClock, type TestApi } from '../test-support/test-api';
import { VervolgGekoppeld } from './processen/vervolg-gekoppeld.process';
import { vervolgZaakId } from './processen/vervolg-na-controle';
import { VervolgNaControle } from './processen/vervolg-na-controle.process';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

/*
 * Kerkrade, September 2020: the flexteam (BOA's, BRP, brandveiligheid, politie) visits four
 * addresses in Heilust. At the first it finds six rooms let without a permit and more people than
 * the BRP knows; at the second drugs; at the third an unsafe fire escape; at the fourth nothing.
 * Each finding's follow-up starts by itself — a handhavingstraject, two requests — and the drugs
 * find waits for the police report, which opens a Damocles case naming the control: then the
 * control is afgerond. The process managers, killed in between, start each follow-up once.
 */

const kamers = { postcode: '6462 AA', huisnummer: 10 };
const drugs = { postcode: '6462 AA', huisnummer: 12 };
const brand = { postcode: '6462 AA', huisnummer: 14 };
const rustig = { postcode: '6462 AA', huisnummer: 16 };
const sleutel = (adres: { postcode: string; huisnummer: number }) => `adres:${adres.postcode.replace(' ', '')}-${adres.huisnummer}`;

describeWithRedis('Flexteam over HTTP: a control, its findings and their follow-ups in the other contexts', () => {
  let api: TestApi;
  let clock: SettableClock;
  let auth: { Authorization: string };
  let overtrederId: string;

  beforeAll(async () => {
    clock = settableClock();
    api = await startTestApi(redisUrl ?? '', {}, { clock });
    clock.set('2020-09-01T09:00:00Z');
    auth = { Authorization: `Bearer ${await api.token(['juridisch-medewerker', 'toezichthouder'], ['GM0928'], 'mw-flexteam')}` };
    const betrokkene = await api.http().post('/api/betrokkenen').set(auth).send({ gemeente: 'GM0928', soort: 'persoon', naam: 'K. Verhuurder' }).expect(201);
    overtrederId = betrokkene.body.betrokkeneId;
    await api.http().post('/api/kamerverhuurregister/zaken').set(auth).send({ gemeente: 'GM0928', pand: kamers, aantalKamers: 6, betrokkenen: { eigenaarId: overtrederId }, ingangsdatum: '2020-09-01' }).expect(201);
  });

  afterAll(() => api?.close());

  const stroom = (streamId: string) => api.eventStore().readStream(streamId);
  const soorten = (events: readonly RecordedEvent[]) => events.map((event) => event.type);

  /** Lets both process managers handle the whole log, and what they appended themselves. */
  async function wachtOpProcessen(): Promise<void> {
    const processen = [api.app.get(VervolgNaControle), api.app.get(VervolgGekoppeld)];
    for (;;) {
      const kop = await api.eventStore().readHeadPosition();
      for (const proces of processen) expect(await proces.waitForPosition(BigInt(kop), 10_000)).toBe(true);
      if (BigInt(await api.eventStore().readHeadPosition()) === BigInt(kop)) return;
    }
  }

  async function plan(adressen: object[]): Promise<string> {
    const gepland = await api.http().post('/api/flexteamcontrole/zaken').set(auth).send({ gemeente: 'GM0928', geplandOp: '2020-09-17', gebied: 'Heilust', partners: ['boa', 'brp', 'bouw-en-brandveiligheid', 'politie'], adressen, datum: '2020-09-01' }).expect(201);
    return gepland.body.zaakId;
  }

  const uitvoering = () => ({
    teamgrootte: 4,
    datum: '2020-09-17',
    bezoeken: [
      { pand: kamers, toegang: true, personenAangetroffen: 7, personenInBrp: 2, bevindingen: ['kamerverhuur', 'brp-onjuist'], overtrederId, aantalKamers: 6 },
      { pand: drugs, toegang: true, personenAangetroffen: 1, personenInBrp: 1, bevindingen: ['drugs-aangetroffen'] },
      { pand: brand, toegang: true, personenAangetroffen: 3, personenInBrp: 3, bevindingen: ['brandonveilig'] },
      { pand: rustig, toegang: false, bevindingen: ['geen-bijzonderheden'] },
    ],
  });

  it('400 names a planning’s wrong field (no addresses, an unknown partner), 422 the rule (a kamerverhuur finding without overtreder); nothing appended', async () => {
    const kop = await api.eventStore().readHeadPosition();
    const zonder = await api.http().post('/api/flexteamcontrole/zaken').set(auth).send({ gemeente: 'GM0928', geplandOp: '2020-09-17', gebied: 'Heilust', partners: ['boa'], adressen: [] }).expect(400);
    expect(zonder.body.errors).toEqual([expect.objectContaining({ field: 'adressen' })]);
    const partner = await api.http().post('/api/flexteamcontrole/zaken').set(auth).send({ gemeente: 'GM0928', geplandOp: '2020-09-17', gebied: 'Heilust', partners: ['brandweer'], adressen: [{ pand: kamers }] }).expect(400);
    expect(partner.body.errors).toEqual([expect.objectContaining({ field: 'partners' })]);
    const controle = await plan([{ pand: kamers }]);
    clock.set('2020-09-18T08:00:00Z');
    const geenOvertreder = await api.http().post(`/api/flexteamcontrole/zaken/${controle}/uitvoering`).set(auth).send({ teamgrootte: 4, datum: '2020-09-17', bezoeken: [{ pand: kamers, toegang: true, bevindingen: ['kamerverhuur'] }] }).expect(422);
    expect(geenOvertreder.body).toMatchObject({ rule: 'flexteam/overtreder-ontbreekt', errors: [expect.objectContaining({ field: 'bezoeken[0].overtrederId' })] });
    expect(soorten(await stroom(flexteamcontroleContext.streamId(controle)))).toEqual(['ControleGepland']);
    expect(BigInt(await api.eventStore().readHeadPosition())).toBe(BigInt(kop) + 1n);
  });

  it('starts a traject and two requests by itself, links each back, and is afgerond once the police report opens the Damocles case', async () => {
    const controle = await plan([{ pand: kamers }, { pand: drugs }, { pand: brand }, { pand: rustig }]);
    clock.set('2020-09-18T09:00:00Z');
    await api.http().post(`/api/flexteamcontrole/zaken/${controle}/uitvoering`).set(auth).send(uitvoering()).expect(200);
    await wachtOpProcessen();

    const traject = vervolgZaakId(controle, sleutel(kamers), 'kamerverhuur');
    const brp = vervolgZaakId(controle, sleutel(kamers), 'brp-onjuist');
    const bwt = vervolgZaakId(controle, sleutel(brand), 'brandonveilig');
    const [constatering] = await stroom(kamerverhuurtrajectContext.streamId(traject));
    expect(constatering.data).toMatchObject({ soort: 'kamerverhuur', overtrederId, constateringsdatum: '2020-09-17', bron: { context: 'flexteam', zaakId: controle } });
    expect((await stroom(verzoekContext.streamId(brp)))[0].data).toMatchObject({ aan: 'brp', herkomst: { zaakId: controle, bevinding: 'brp-onjuist' }, antwoordUiterlijk: '2020-10-15' });
    expect((await stroom(verzoekContext.streamId(bwt)))[0].data).toMatchObject({ aan: 'bouw-en-woningtoezicht' });

    // The control waits only for the drugs find's follow-up: a Damocles case, prepared for the police report.
    const zaak = await api.http().get(`/api/flexteamcontrole/zaken/${controle}`).set(auth).expect(200);
    expect(zaak.body.toestand.status).toBe('uitgevoerd');
    expect(soorten(await stroom(flexteamcontroleContext.streamId(controle)))).toEqual(['ControleGepland', 'ControleUitgevoerd', 'VervolgGestart', 'VervolgGestart', 'VervolgGestart']);
    expect(zaak.body.openVervolg).toEqual([
      {
        pandSleutel: sleutel(drugs),
        bevinding: 'drugs-aangetroffen',
        context: 'damocles',
        voorbereid: { route: 'POST /api/damocles/zaken', velden: { gemeente: 'GM0928', pand: { postcode: '6462AA', huisnummer: 12 }, constateringsdatum: '2020-09-17', bron: { context: 'flexteam', zaakId: controle } } },
      },
    ]);

    // The police report about the drugs find, entered on the prepared case: the Damocles case names the control; the control links it and is afgerond.
    clock.set('2020-09-28T09:00:00Z');
    const damocles = await api
      .http()
      .post('/api/damocles/zaken')
      .set(auth)
      .send({ ...zaak.body.openVervolg[0].voorbereid.velden, pandtype: 'woning', ontvangstdatum: '2020-09-28', vondsten: [{ categorie: 'softdrugs', omschrijving: 'hennepkwekerij' }], betrokkenen: [] })
      .expect(201);
    await wachtOpProcessen();
    const events = await stroom(flexteamcontroleContext.streamId(controle));
    expect(soorten(events).slice(-2)).toEqual(['VervolgGestart', 'ControleAfgerond']);
    expect(events.at(-2)?.data).toMatchObject({ pandSleutel: sleutel(drugs), bevinding: 'drugs-aangetroffen', vervolg: { context: 'damocles', zaakId: damocles.body.zaakId } });
    expect((await api.http().get(`/api/flexteamcontrole/zaken/${controle}`).set(auth).expect(200)).body).toMatchObject({ toestand: { status: 'afgerond' }, openVervolg: [] });

    // Delivered again (a replay): nothing appended anywhere.
    const kop = await api.eventStore().readHeadPosition();
    const [uitgevoerd] = events.filter((event) => event.type === 'ControleUitgevoerd');
    await (api.app.get(VervolgNaControle) as unknown as { reageer(event: RecordedEvent): Promise<void> }).reageer(uitgevoerd);
    const [opening] = await stroom(`damocles-${damocles.body.zaakId}`);
    await (api.app.get(VervolgGekoppeld) as unknown as { reageer(event: RecordedEvent): Promise<void> }).reageer(opening);
    expect(await api.eventStore().readHeadPosition()).toBe(kop);
  });

  it('killed between the finding and its follow-ups, and restarted, starts each follow-up once', async () => {
    const controle = await plan([{ pand: kamers }, { pand: drugs }, { pand: brand }, { pand: rustig }]);
    const proces = api.app.get(VervolgNaControle);
    const pipeline = api.app.get(CommandPipeline);
    const echt = pipeline.execute.bind(pipeline);
    let opdrachten = 0;
    // The process dies after the first follow-up was appended, before the second: its checkpoint stays before the control's event.
    const spion = jest.spyOn(pipeline, 'execute').mockImplementation(async (decider, request) => {
      if (request.commandId.startsWith('vervolg-') && ++opdrachten === 2) throw new Error('proces gestopt');
      return echt(decider, request);
    });
    clock.set('2020-09-18T10:00:00Z');
    const uitgevoerd = await api.http().post(`/api/flexteamcontrole/zaken/${controle}/uitvoering`).set(auth).send(uitvoering()).expect(200);
    expect(await proces.waitForPosition(BigInt(uitgevoerd.body.position), 2_000)).toBe(false);
    expect(await stroom(kamerverhuurtrajectContext.streamId(vervolgZaakId(controle, sleutel(kamers), 'kamerverhuur')))).toHaveLength(1);
    expect(await stroom(verzoekContext.streamId(vervolgZaakId(controle, sleutel(kamers), 'brp-onjuist')))).toHaveLength(0);

    spion.mockRestore();
    await proces.onApplicationBootstrap();
    await wachtOpProcessen();
    for (const [adres, bevinding, context] of [[kamers, 'kamerverhuur', kamerverhuurtrajectContext], [kamers, 'brp-onjuist', verzoekContext], [brand, 'brandonveilig', verzoekContext]] as const) {
      expect(await stroom(context.streamId(vervolgZaakId(controle, sleutel(adres), bevinding)))).toHaveLength(1);
    }
    const gestart = (await stroom(flexteamcontroleContext.streamId(controle))).filter((event) => event.type === 'VervolgGestart');
    expect(gestart.map((event) => (event.data as { bevinding: string }).bevinding).sort()).toEqual(['brandonveilig', 'brp-onjuist', 'kamerverhuur']);
  });

  it('a request’s antwoordtermijn is on the deadline list; a reminder on its stream does not stop the answer, which meets the term', async () => {
    const controle = await plan([{ pand: kamers }]);
    clock.set('2020-09-18T12:00:00Z');
    await api.http().post(`/api/flexteamcontrole/zaken/${controle}/uitvoering`).set(auth).send({ teamgrootte: 3, datum: '2020-09-17', bezoeken: [{ pand: kamers, toegang: true, personenAangetroffen: 5, personenInBrp: 1, bevindingen: ['brp-onjuist'] }] }).expect(200);
    await wachtOpProcessen();
    const verzoek = vervolgZaakId(controle, sleutel(kamers), 'brp-onjuist');
    const streamId = verzoekContext.streamId(verzoek);
    const termijn = async (peildatum: string, na: string) =>
      (await api.http().get(`/api/termijnen?gemeente=GM0928&peildatum=${peildatum}&na=${na}`).set(auth).expect(200)).body.termijnen.filter((t: { zaakId: string }) => t.zaakId === verzoek).map((t: { soort: string; einde: string; status: string }) => [t.soort, t.einde, t.status]);
    const kop = await api.eventStore().readHeadPosition();
    // Four weeks from Thursday 17 September: Thursday 15 October; past it, verstreken.
    expect(await termijn('2020-10-01', String(kop))).toEqual([['antwoordtermijn', '2020-10-15', 'lopend']]);
    expect(await termijn('2020-10-16', String(kop))).toEqual([['antwoordtermijn', '2020-10-15', 'verstreken']]);

    await api.eventStore().appendToStream(streamId, [{ type: 'HerinneringVerstuurd', data: { zaakId: verzoek, deadlineId: `${streamId}.antwoordtermijn`, datum: '2020-10-16' } }], { expectedRevision: 0, metadata: { gemeente: 'GM0928' } });
    clock.set('2020-10-20T09:00:00Z');
    // The BRP corrects a registration or not; it takes no measures.
    const verkeerd = await api.http().post(`/api/verzoek/zaken/${verzoek}/antwoord`).set(auth).send({ uitkomst: 'maatregel-genomen' }).expect(422);
    expect(verkeerd.body).toMatchObject({ rule: 'verzoek/uitkomst-past-niet-bij-aan', errors: [expect.objectContaining({ field: 'uitkomst' })] });
    const antwoord = await api.http().post(`/api/verzoek/zaken/${verzoek}/antwoord`).set(auth).send({ uitkomst: 'gecorrigeerd' }).expect(200);
    expect(antwoord.body.events).toEqual(['VerzoekBeantwoord']);
    expect(await termijn('2020-10-20', antwoord.body.position)).toEqual([['antwoordtermijn', '2020-10-15', 'voldaan']]);
    const nogmaals = await api.http().post(`/api/verzoek/zaken/${verzoek}/antwoord`).set(auth).send({ uitkomst: 'niet-gecorrigeerd' }).expect(422);
    expect(nogmaals.body.rule).toBe('verzoek/verzoek-al-beantwoord');
  });

  it('a control whose stream also holds an event its decider does not know (a reminder sent) takes its next step', async () => {
    const controle = await plan([{ pand: rustig }]);
    const streamId = flexteamcontroleContext.streamId(controle);
    await api.eventStore().appendToStream(streamId, [{ type: 'HerinneringVerstuurd', data: { zaakId: controle, deadlineId: `${streamId}.onbekend`, datum: '2020-09-10' } }], { expectedRevision: 0, metadata: { gemeente: 'GM0928' } });
    clock.set('2020-09-18T11:00:00Z');
    const uitgevoerd = await api.http().post(`/api/flexteamcontrole/zaken/${controle}/uitvoering`).set(auth).send({ teamgrootte: 2, datum: '2020-09-17', bezoeken: [{ pand: rustig, toegang: true, personenAangetroffen: 2, personenInBrp: 2, bevindingen: ['geen-bijzonderheden'] }] }).expect(200);
    expect(uitgevoerd.body.events).toEqual(['ControleUitgevoerd', 'ControleAfgerond']);
  });
});
