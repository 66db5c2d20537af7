import { describeWith, redisForTests } from '@handhaving/testing';
import { kamerverhuurtrajectContext, kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import { deadlinesProjectie } from '../contexten';
import { deadlines, deadlinesVanZaak } from '../termijnen/deadline-vragen';
import { KERKRADE, trajectStappen, vergunningStappen } from './test-support/kamerverhuur-zaken';
import { startKamerverhuurOpslag, type KamerverhuurOpslag } from './test-support/kamerverhuur-opslag';

jest.setTimeout(60_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('kamerverhuur deadline integration tests');
const describeWithRedis = describeWith(redisUrl);

describeWithRedis('kamerverhuur terms on the shared deadline list, fed by the embedded event store through the deciders', () => {
  let opslag: KamerverhuurOpslag;

  beforeAll(async () => {
    opslag = await startKamerverhuurOpslag(redisUrl as string, 'kamerverhuur-termijnen', [deadlinesProjectie]);
  });
  afterAll(async () => {
    await opslag?.stop();
  });

  const termijnenVan = async (streamId: string, peildatum: string) =>
    Object.fromEntries((await deadlinesVanZaak(opslag.redis, opslag.keyPrefix, streamId, peildatum)).map((d) => [d.id.slice(streamId.length + 1), { einde: d.einde, status: d.status }]));

  it('a permit: the beslistermijn of the aanvraag suspended by an aanvulling and moved by a verdaging; the looptijd ended by the intrekking and back when it is herroepen', async () => {
    const v = vergunningStappen('V-1');
    const stream = kamerverhuurvergunningContext.streamId('V-1');
    // Received Friday 3 January 2020: eight weeks through Friday 28 February (art. 4:13 lid 2 Awb).
    await opslag.vergunning(v.aanvraag());
    expect(await termijnenVan(stream, '2020-01-06')).toEqual({ 'beslistermijn-aanvraag': { einde: '2020-02-28', status: 'lopend' } });

    // Aanvulling asked Monday 13 January: the term stands still from the 14th (art. 4:15 lid 1 sub a Awb).
    await opslag.vergunning(v.aanvulling());
    const opgeschort = await termijnenVan(stream, '2020-01-20');
    expect(opgeschort['beslistermijn-aanvraag'].status).toBe('opgeschort');
    // Shown as of the 20th, as if it ran again after that day: 14–20 January (seven days), so Friday 6 March.
    expect(opgeschort['beslistermijn-aanvraag'].einde).toBe('2020-03-06');
    const [inLijst] = await deadlines(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, peildatum: '2020-01-20', status: 'opgeschort' });
    expect(inLijst).toMatchObject({ id: `${stream}.beslistermijn-aanvraag`, context: 'kamerverhuurvergunning', zaakId: 'V-1', medewerker: 'vergunningverlener-1' });
    expect(inLijst.uitleg).toContain('art. 4:15 lid 1 sub a Awb');

    // Completed Friday 24 January: 14–23 January stood still (ten days), so Monday 9 March.
    await opslag.vergunning(v.aangevuld());
    expect((await termijnenVan(stream, '2020-01-24'))['beslistermijn-aanvraag']).toEqual({ einde: '2020-03-09', status: 'lopend' });

    // Verdaagd on 20 February by six weeks (art. 4:14 lid 3 Awb): 28 February + six weeks is Goede Vrijdag 10 April,
    // plus the ten days suspended: Monday 20 April 2020.
    await opslag.vergunning(v.verdaag());
    const verdaagd = (await deadlinesVanZaak(opslag.redis, opslag.keyPrefix, stream, '2020-02-20')).find((d) => d.soort === 'beslistermijn-aanvraag');
    expect(verdaagd).toMatchObject({ einde: '2020-04-20', status: 'lopend' });
    expect(verdaagd?.uitleg).toContain('art. 4:14 lid 3 Awb');

    // Granted 20 March, in force through 1 March 2022: the beslistermijn met, the permit's looptijd on the list.
    await opslag.vergunning(v.verleen('2020-03-20', '2022-03-01', '2020-04-01'));
    expect(await termijnenVan(stream, '2020-03-20')).toEqual({
      'beslistermijn-aanvraag': { einde: '2020-04-20', status: 'voldaan' },
      looptijd: { einde: '2022-03-01', status: 'lopend' },
    });

    // Revoked Wednesday 21 October after a voornemen: the looptijd vervalt; bezwaar through Wednesday 2 December.
    await opslag.vergunning(v.voornemen('2020-10-05'));
    expect((await termijnenVan(stream, '2020-10-05')).zienswijzetermijn).toEqual({ einde: '2020-10-19', status: 'lopend' });
    await opslag.vergunning(v.termijnVerstreken('2020-10-20'));
    await opslag.vergunning(v.trekIn('2020-10-21', '2020-11-01'));
    const ingetrokken = await termijnenVan(stream, '2020-10-21');
    expect(ingetrokken.looptijd).toEqual({ einde: '2022-03-01', status: 'vervallen' });
    expect(ingetrokken['bezwaartermijn.intrekking-2020-10-21']).toEqual({ einde: '2020-12-02', status: 'lopend' });

    // Bezwaar 25 November: six weeks from 3 December, Wednesday 13 January 2021; gegrond that day: the permit holds again.
    await opslag.vergunning(v.bezwaar('2020-11-25'));
    expect((await termijnenVan(stream, '2020-11-25'))['beslistermijn-bezwaar.intrekking-2020-10-21']).toEqual({ einde: '2021-01-13', status: 'lopend' });
    await opslag.vergunning(v.beslis('gegrond', '2021-01-13'));
    const herroepen = await termijnenVan(stream, '2021-01-13');
    expect(herroepen['beslistermijn-bezwaar.intrekking-2020-10-21'].status).toBe('voldaan');
    expect(herroepen['beroepstermijn.intrekking-2020-10-21']).toEqual({ einde: '2021-02-24', status: 'lopend' });
    expect(herroepen.looptijd).toEqual({ einde: '2022-03-01', status: 'lopend' });

    // Lapsed on its einddatum: the looptijd ran its course.
    await opslag.vergunning(v.verval('2022-03-01', 'einddatum-verstreken'));
    expect((await termijnenVan(stream, '2022-03-01')).looptijd).toEqual({ einde: '2022-03-01', status: 'voldaan' });
  });

  it('a traject: the vooraankondiging’s hersteltermijn, the zienswijzetermijn, the begunstigingstermijn of the last onder bestuursdwang with its reminders’ soort, bezwaar and beroep', async () => {
    const t = trajectStappen('T-1');
    const stream = kamerverhuurtrajectContext.streamId('T-1');
    await opslag.traject(t.constatering());
    expect(await termijnenVan(stream, '2020-02-06')).toEqual({});

    await opslag.traject(t.vooraankondiging());
    expect(await termijnenVan(stream, '2020-02-10')).toEqual({ 'begunstigingstermijn.vooraankondiging': { einde: '2020-02-24', status: 'lopend' } });
    await opslag.traject(t.hercontrole('2020-02-25', 'overtreding'));
    expect((await termijnenVan(stream, '2020-02-25'))['begunstigingstermijn.vooraankondiging'].status).toBe('voldaan');

    await opslag.traject(t.voornemen());
    expect((await termijnenVan(stream, '2020-03-03')).zienswijzetermijn).toEqual({ einde: '2020-03-17', status: 'lopend' });
    await opslag.traject(t.termijnVerstreken());

    // The last of Wednesday 18 March: eight weeks, through Wednesday 13 May (art. 5:24 lid 2 Awb); bezwaar through 29 April.
    await opslag.traject(t.last());
    expect(await termijnenVan(stream, '2020-03-18')).toEqual({
      'begunstigingstermijn.vooraankondiging': { einde: '2020-02-24', status: 'voldaan' },
      zienswijzetermijn: { einde: '2020-03-17', status: 'voldaan' },
      begunstigingstermijn: { einde: '2020-05-13', status: 'lopend' },
      bezwaartermijn: { einde: '2020-04-29', status: 'lopend' },
    });
    // On the gemeente's list for May, as the scheduler plans its reminders from it.
    const mei = await deadlines(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, van: '2020-05-01', tot: '2020-05-31', peildatum: '2020-05-01' });
    const begunstiging = mei.find((d) => d.streamId === stream && d.soort === 'begunstigingstermijn');
    expect(begunstiging).toMatchObject({ context: 'kamerverhuurtraject', einde: '2020-05-13', status: 'lopend', betreft: 'last onder bestuursdwang', medewerker: 'medewerker-1' });
    expect(begunstiging?.uitleg).toContain('5:24');

    // Bezwaar 20 April: the beslistermijn runs 30 April through Wednesday 10 June (art. 7:10 lid 1 Awb).
    await opslag.traject(t.bezwaar());
    expect((await termijnenVan(stream, '2020-04-20'))['beslistermijn-bezwaar']).toEqual({ einde: '2020-06-10', status: 'lopend' });

    // The hercontrole after the term meets it; the beslissing op bezwaar opens beroep through 22 July.
    await opslag.traject(t.hercontrole('2020-05-14', 'overtreding'));
    expect((await termijnenVan(stream, '2020-05-14')).begunstigingstermijn).toEqual({ einde: '2020-05-13', status: 'voldaan' });
    await opslag.traject(t.beslis('ongegrond'));
    expect(await termijnenVan(stream, '2020-06-10')).toMatchObject({
      'beslistermijn-bezwaar': { einde: '2020-06-10', status: 'voldaan' },
      beroepstermijn: { einde: '2020-07-22', status: 'lopend' },
    });
  });

  it('a last herroepen on bezwaar before the hercontrole: its begunstigingstermijn vervalt', async () => {
    const t = trajectStappen('T-2', { pandSleutel: 'adres:6461AB-14' });
    const stream = kamerverhuurtrajectContext.streamId('T-2');
    for (const command of [t.constatering(), t.voornemen(), t.termijnVerstreken(), t.last(), t.bezwaar()]) await opslag.traject(command);
    await opslag.traject(t.beslis('gegrond', '2020-05-06'));
    expect((await termijnenVan(stream, '2020-05-06')).begunstigingstermijn).toEqual({ einde: '2020-05-13', status: 'vervallen' });
  });
});
