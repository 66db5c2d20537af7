import { describeWith, redisForTests } from '@handhaving/testing';
import { kamerverhuurWerkvoorraadProjectie } from './kamerverhuur-werkvoorraad.projection';
import { kamerverhuurWerkvoorraad } from './kamerverhuur-werkvoorraad.vragen';
import { KERKRADE, LANDGRAAF, trajectStappen, vergunningStappen } from './test-support/kamerverhuur-zaken';
import { startKamerverhuurOpslag, type KamerverhuurOpslag } from './test-support/kamerverhuur-opslag';

jest.setTimeout(60_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('kamerverhuur werkvoorraad integration tests');
const describeWithRedis = describeWith(redisUrl);

describeWithRedis('kamerverhuur.werkvoorraad in Redis, fed by the embedded event store through the deciders', () => {
  let opslag: KamerverhuurOpslag;

  beforeAll(async () => {
    opslag = await startKamerverhuurOpslag(redisUrl as string, 'kamerverhuur-werkvoorraad', [kamerverhuurWerkvoorraadProjectie]);
  });
  afterAll(async () => {
    await opslag?.stop();
  });

  const werkvoorraad = (gemeente = KERKRADE, velden: object = {}) => kamerverhuurWerkvoorraad(opslag.redis, opslag.keyPrefix, { gemeente, ...velden });

  it('open trajecten with their next step and its date, the nearest first; a closed one leaves the list', async () => {
    const a = trajectStappen('T-A', { pandSleutel: 'adres:6461AB-12' });
    await opslag.traject(a.constatering());
    await opslag.traject(a.vooraankondiging());
    const b = trajectStappen('T-B', { pandSleutel: 'adres:6461AB-14', soort: 'woningsplitsing', constateringsdatum: '2020-02-03' });
    await opslag.traject(b.constatering());
    const l = trajectStappen('T-L', { gemeente: LANDGRAAF, pandSleutel: 'adres:6371AA-1' });
    await opslag.traject(l.constatering());

    const lijst = await werkvoorraad();
    expect(lijst.trajecten.map((t) => [t.zaakId, t.volgendeStap, t.stapDatum])).toEqual([
      ['T-B', 'vooraankondiging of voornemen verzenden', { datum: '2020-02-03', betekenis: 'wacht-sinds' }],
      ['T-A', 'hercontrole na hersteltermijn (2020-02-24)', { datum: '2020-02-24', betekenis: 'einde-termijn' }],
    ]);
    expect(lijst.trajecten[1]).toMatchObject({ pandSleutel: 'adres:6461AB-12', soort: 'kamerverhuur', status: 'vooraankondiging-verzonden', laatsteStap: { stap: 'VooraankondigingVerzonden', datum: '2020-02-10' } });
    expect((await werkvoorraad(KERKRADE, { soort: 'woningsplitsing' })).trajecten.map((t) => t.zaakId)).toEqual(['T-B']);
    expect((await werkvoorraad(LANDGRAAF)).trajecten.map((t) => t.zaakId)).toEqual(['T-L']);

    // The hercontrole finds it ended: closing is next; once closed the traject leaves the list.
    await opslag.traject(a.hercontrole('2020-02-25', 'nageleefd'));
    expect((await werkvoorraad()).trajecten.find((t) => t.zaakId === 'T-A')?.volgendeStap).toBe('traject afsluiten (nageleefd)');
    await opslag.traject(a.sluitAf('2020-02-26'));
    expect((await werkvoorraad()).trajecten.map((t) => t.zaakId)).toEqual(['T-B']);
  });

  it('open aanvragen with their beslistermijn: suspended while an aanvulling is awaited, moved once it came; decided, they leave the list', async () => {
    const v = vergunningStappen('V-1');
    await opslag.vergunning(v.aanvraag());
    await opslag.vergunning(v.aanvulling());
    const [opgeschort] = (await werkvoorraad()).aanvragen;
    expect(opgeschort).toMatchObject({ zaakId: 'V-1', pandSleutel: 'adres:6461AB-12', volgendeStap: 'aanvulling van de aanvraag afwachten', beslistermijn: { status: 'opgeschort', sinds: '2020-01-14' } });

    await opslag.vergunning(v.aangevuld());
    expect((await werkvoorraad()).aanvragen[0].beslistermijn).toEqual({ status: 'bekend', einde: '2020-03-09' });

    const w = vergunningStappen('V-2', { pandSleutel: 'adres:6461AB-16', ontvangstdatum: '2020-01-02' });
    await opslag.vergunning(w.aanvraag('2020-01-03'));
    // V-2's term ends Thursday 27 February, before V-1's.
    expect((await werkvoorraad()).aanvragen.map((a) => [a.zaakId, a.beslistermijn])).toEqual([
      ['V-2', { status: 'bekend', einde: '2020-02-27' }],
      ['V-1', { status: 'bekend', einde: '2020-03-09' }],
    ]);

    await opslag.vergunning(v.verleen('2020-02-19', '2022-03-01'));
    expect((await werkvoorraad()).aanvragen.map((a) => a.zaakId)).toEqual(['V-2']);
  });
});
