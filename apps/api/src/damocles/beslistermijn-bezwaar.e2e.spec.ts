import { openDamocleszaak, stelVoorbeeldbeleidVast } from '../test-support/damocles';
import { startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

/*
 * The beslistermijn op bezwaar over HTTP. Sluitingsbesluit bekendgemaakt Monday 6 April 2020:
 * bezwaartermijn through Monday 18 May (art. 6:7, 6:8 Awb); the objection's beslistermijn runs
 * 19 May through Monday 29 June 2020 (art. 7:10 lid 1 Awb). Weekends: art. 1 Atw.
 */
describeWithRedis('Damocles over HTTP: suspension and verdaging of the beslistermijn op bezwaar (art. 7:10 lid 2 en 3 Awb)', () => {
  let api: TestApi;
  let medewerker: string;
  let zaak: string;
  let zaakId: string;
  let positie: string;

  beforeAll(async () => {
    api = await startTestApi(redisUrl ?? '');
    medewerker = await api.token(['juridisch-medewerker']);
    await stelVoorbeeldbeleidVast(api);
    const created = await openDamocleszaak(api, medewerker, {
      pand: { postcode: '6461 ab', huisnummer: 14 },
      datum: '2020-03-09',
      vondsten: [{ categorie: 'harddrugs', omschrijving: 'cocaïne, handelshoeveelheid' }],
    });
    zaakId = created.zaakId;
    zaak = `/api/damocles/zaken/${zaakId}`;
    await stap('maatregelvoorstel', { datum: '2020-03-10' });
    await stap('voornemen', { datum: '2020-03-16', maatregel: { soort: 'sluiting', duurMaanden: 3 }, verzenddatum: '2020-03-16', zienswijzetermijn: { einde: '2020-03-30' } });
    await stap('zienswijze', { datum: '2020-03-25', wijze: 'schriftelijk' });
    await stap('besluit', { datum: '2020-04-06', besluit: { soort: 'sluiting', duurMaanden: 3, begunstigingstermijn: { einde: '2020-04-20' }, bekendmakingsdatum: '2020-04-06' } });
    await stap('bezwaar', { datum: '2020-05-12', ontvangstdatum: '2020-05-12' });
  });

  afterAll(() => api?.close());

  async function stap(pad: string, body: object, status = 200) {
    const response = await api.http().post(`${zaak}/${pad}`).set('Authorization', `Bearer ${medewerker}`).send(body);
    expect({ pad, status: response.status, body: response.status === status ? 'ok' : response.body }).toEqual({ pad, status, body: 'ok' });
    if (response.body.position) positie = response.body.position;
    return response;
  }

  /** The beslistermijn in the deadline list on `peildatum`, once the read model has the last step. */
  async function beslistermijn(peildatum: string): Promise<{ einde: string; status: string; uitleg: string }> {
    const response = await api.http().get(`/api/termijnen?gemeente=GM0928&peildatum=${peildatum}&na=${positie}`).set('Authorization', `Bearer ${medewerker}`).expect(200);
    return response.body.termijnen.find((t: { zaakId: string; soort: string }) => t.zaakId === zaakId && t.soort === 'beslistermijn-bezwaar');
  }

  it('starts at six weeks: Monday 29 June 2020', async () => {
    expect(await beslistermijn('2020-05-13')).toMatchObject({ einde: '2020-06-29', status: 'lopend' });
  });

  it('a request to repair an omission suspends it from the day after (lid 2); the list shows it opgeschort, ending as if it ran again after the peildatum', async () => {
    await stap('herstelverzoek', { datum: '2020-05-20', verzuim: 'het bezwaarschrift noemt geen gronden', hersteltermijnEinde: '2020-06-03' });
    // 21 through 25 May: five days; 29 June + 5 = Saturday 4 July, so Monday 6 July (art. 1 Atw).
    const termijn = await beslistermijn('2020-05-25');
    expect(termijn).toMatchObject({ einde: '2020-07-06', status: 'opgeschort' });
    expect(termijn.uitleg).toContain('opgeschort sinds 2020-05-21, loopt nog');
    // The medewerker's own agenda keeps it, marked: its date will move.
    const link = await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${medewerker}`).expect(200);
    const agenda = await api.http().get(link.body.url).expect(200);
    const ongevouwen = agenda.text.replace(/\r\n[ \t]/g, ''); // iCalendar folds lines at 75 octets (RFC 5545 §3.1)
    expect(ongevouwen).toContain(`SUMMARY:OPGESCHORT (einddatum voorlopig): beslistermijn-bezwaar damocles ${zaakId}`);
  });

  it('the repair ends the suspension: 21 through 27 May, seven days, move the end to Monday 6 July', async () => {
    await stap('einde-opschorting', { datum: '2020-05-28', einde: 'verzuim-hersteld' });
    const termijn = await beslistermijn('2020-05-28');
    expect(termijn).toMatchObject({ einde: '2020-07-06', status: 'lopend' });
    expect(termijn.uitleg).toContain('opgeschort 2020-05-21 tot en met 2020-05-27: 7 dagen erbij');
  });

  it('a refused command (422 with the rule, or 400 with the field) appends nothing', async () => {
    const head = await api.eventStore().readHeadPosition();
    const geenOpschorting = await stap('einde-opschorting', { datum: '2020-05-29', einde: 'verzuim-hersteld' }, 422);
    expect(geenOpschorting.body).toMatchObject({ rule: 'damocles/geen-opschorting' });
    const teLang = await stap('verdaging', { datum: '2020-06-15', lengte: { aantal: 7, eenheid: 'weken' }, reden: 'advies bezwaarcommissie' }, 422);
    expect(teLang.body).toMatchObject({ rule: 'damocles/verdaging-te-lang', errors: [{ field: 'lengte', rule: 'damocles/verdaging-te-lang' }] });
    const teLaat = await stap('verdaging', { datum: '2020-07-07', lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies bezwaarcommissie' }, 422);
    expect(teLaat.body).toMatchObject({ rule: 'damocles/beslistermijn-verstreken', errors: [{ field: 'datum' }] });
    const vorm = await stap('verdaging', { datum: '2020-06-15', lengte: { aantal: 1, eenheid: 'maanden' } }, 400);
    expect([...new Set(vorm.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['lengte.eenheid', 'reden']);
    expect(await api.eventStore().readHeadPosition()).toBe(head);
  });

  it('a verdaging by six weeks (lid 3) moves the end: 29 June + 6 weeks + 7 days = Monday 17 August; a second one is refused and appends nothing', async () => {
    await stap('verdaging', { datum: '2020-06-15', lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies bezwaarcommissie na de hoorzitting' });
    const termijn = await beslistermijn('2020-06-15');
    expect(termijn).toMatchObject({ einde: '2020-08-17', status: 'lopend' });
    expect(termijn.uitleg).toContain('verdaagd met 6 weken tot en met 2020-08-10 (art. 7:10 lid 3 Awb)');
    const head = await api.eventStore().readHeadPosition();
    const tweede = await stap('verdaging', { datum: '2020-06-16', lengte: { aantal: 1, eenheid: 'weken' }, reden: 'nog een keer' }, 422);
    expect(tweede.body).toMatchObject({ rule: 'damocles/verdaging-al-gebruikt' });
    expect(await api.eventStore().readHeadPosition()).toBe(head);
    const view = await api.http().get(zaak).set('Authorization', `Bearer ${medewerker}`).expect(200);
    expect(view.body.tijdlijn.map((s: { stap: string }) => s.stap).slice(-3)).toEqual(['HerstelVerzuimGevraagd', 'OpschortingBeslistermijnBeeindigd', 'BeslistermijnBezwaarVerdaagd']);
  });
});
