import { describeWith, redisForTests } from '@handhaving/testing';
import { damoclesStreamId, type DamoclesEvent, type RapportageOntvangen } from '@handhaving/domain-damocles';
import { pandSleutel, type Pand, type PandAdres } from '@handhaving/domain-shared';
import { pandKoppelingStreamId, type AdresAanPandGekoppeld } from '@handhaving/domain-panden';
import { EmbeddedEventStore, type GlobalPosition } from '@handhaving/event-store';
import type { Drugscategorie } from '@handhaving/policy';
import { deleteKeysWithPrefix, ProjectionRunner, type ProjectionLogger } from '@handhaving/projections';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recidive } from './recidive.projection';
import { minMaanden, recidiveVoor, type RecidiveVraag } from './recidive.vragen';

jest.setTimeout(60_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('damocles.recidive.v2 integration tests');
/** Start-up lines are noise here; warnings and errors still show. */
const stil: ProjectionLogger = { info: () => undefined, warn: console.warn, error: console.error };
const describeWithRedis = describeWith(redisUrl);

const BAG: Pand = { soort: 'bag', adresseerbaarObjectId: '0928010000012345' };
const ADRES: PandAdres = { soort: 'adres', postcode: '6461AB', huisnummer: 12 };
/** Another address of the same adresseerbaar object (a nevenadres). */
const NEVENADRES: PandAdres = { soort: 'adres', postcode: '6461AB', huisnummer: 12, huisletter: 'A' };
const ANDER_PAND: Pand = { soort: 'adres', postcode: '6461AB', huisnummer: 14 };

function rapportage(zaakId: string, pand: Pand, constateringsdatum: string, categorie: Drugscategorie = 'softdrugs'): RapportageOntvangen {
  return {
    type: 'RapportageOntvangen',
    zaakId,
    gemeente: 'GM0928',
    pand: { sleutel: pandSleutel(pand), identiteit: pand, pandtype: 'woning' },
    constateringsdatum,
    ontvangstdatum: constateringsdatum,
    vondsten: [{ categorie, omschrijving: 'vondst' }],
    zwaarsteCategorie: categorie,
    betrokkenen: [],
    datum: constateringsdatum,
    door: 'mw-1',
  };
}

describe('minMaanden, the old name of the window start', () => {
  it('counts as recidiveVensterVan does: forward from the earlier find (recidive-venster.spec.ts)', () => {
    expect(minMaanden('2021-06-15', 36)).toBe('2018-06-15');
    expect(minMaanden('2020-02-29', 36)).toBe('2017-03-01');
    expect(minMaanden('2023-05-31', 3)).toBe('2023-03-01');
  });
});

describeWithRedis('damocles.recidive.v2 in Redis, fed by the embedded event store', () => {
  let redis: Redis;
  let store: EmbeddedEventStore;
  let runner: ProjectionRunner;
  let dataDir: string;
  let keyPrefix: string;
  let nu: Date;

  beforeAll(() => {
    redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 3 });
  });
  afterAll(async () => {
    await redis.quit();
  });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-recidive-'));
    nu = new Date('2021-06-01T10:00:00Z');
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20, clock: { now: () => nu } });
    keyPrefix = `hhtest:recidive:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    runner = new ProjectionRunner({ eventStore: store, redis, projections: [recidive], keyPrefix, logger: stil });
    await runner.start();
  });

  afterEach(async () => {
    await runner.stop();
    await store.close();
    await deleteKeysWithPrefix(redis, keyPrefix);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Appends the events to the case's stream, recorded at `op`, and waits until the projection has them. */
  async function vastleggen(op: string, ...events: DamoclesEvent[]): Promise<GlobalPosition> {
    nu = new Date(op);
    let laatste = 0n;
    for (const event of events) {
      const { type, ...data } = event;
      const result = await store.appendToStream(damoclesStreamId(event.zaakId), [{ type, data }], {
        expectedRevision: 'any',
        metadata: { gemeente: 'GM0928', userId: event.door },
      });
      laatste = result.lastPosition;
    }
    expect(await runner.waitForPosition(laatste, 10_000)).toBe(true);
    return laatste;
  }

  const vraag = (extra: Partial<RecidiveVraag> = {}): Promise<ReturnType<typeof recidiveVoor> extends Promise<infer T> ? T : never> =>
    recidiveVoor(redis, keyPrefix, {
      pandSleutel: pandSleutel(BAG),
      constateringsdatum: '2021-05-20',
      recidiveTermijnMaanden: 36,
      vondstenZonderMaatregelTellenMee: false,
      ...extra,
    });

  it('a find 30 months earlier counts under a 36-month window, not under 24; the window start is inclusive', async () => {
    await vastleggen(
      '2021-05-25T09:00:00Z',
      rapportage('Z-30', BAG, '2018-11-20', 'harddrugs'),
      rapportage('Z-24', BAG, '2019-05-20'),
      rapportage('Z-OUD', BAG, '2018-05-19'),
      rapportage('Z-NU', BAG, '2021-05-20'),
      { type: 'WaarschuwingGegeven', zaakId: 'Z-24', bekendmakingsdatum: '2019-07-01', datum: '2019-07-01', door: 'mw-1' },
    );

    const ruim = await vraag({ exclusiefZaakId: 'Z-NU' });
    expect(ruim.venster).toEqual({ van: '2018-05-20', tot: '2021-05-19' });
    expect(ruim.eerdereVondsten).toEqual([
      { zaakId: 'Z-30', gemeente: 'GM0928', constateringsdatum: '2018-11-20', zwaarsteCategorie: 'harddrugs', afloop: 'lopend' },
      { zaakId: 'Z-24', gemeente: 'GM0928', constateringsdatum: '2019-05-20', zwaarsteCategorie: 'softdrugs', afloop: 'waarschuwing' },
    ]);

    const krap = await vraag({ recidiveTermijnMaanden: 24, exclusiefZaakId: 'Z-NU' });
    expect(krap.venster).toEqual({ van: '2019-05-20', tot: '2021-05-19' });
    expect(krap.eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-24']);

    // Not earlier than itself: the find judged never counts, even without exclusiefZaakId.
    expect((await vraag()).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-30', 'Z-24']);
  });

  it('29 February: a find on 2017-02-28 is not within 36 months before 2020-02-29 (+36 months = 2020-02-28), one on 2017-03-01 is', async () => {
    await vastleggen('2021-05-25T09:00:00Z', rapportage('Z-0228', BAG, '2017-02-28'), rapportage('Z-0301', BAG, '2017-03-01'));
    const antwoord = await vraag({ constateringsdatum: '2020-02-29' });
    expect(antwoord.venster).toEqual({ van: '2017-03-01', tot: '2020-02-28' });
    expect(antwoord.eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-0301']);
    // A day later the 28th is out by any count; on 2020-02-28 itself it is exactly 36 months and counts.
    expect((await vraag({ constateringsdatum: '2020-02-28' })).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-0228', 'Z-0301']);
  });

  it("reads only Damocles streams: a dwangsom's BeslissingOpBezwaarGenomen does not touch a Damocles find", async () => {
    await vastleggen('2021-05-25T09:00:00Z', rapportage('Z-D', BAG, '2020-01-10'));
    nu = new Date('2021-05-26T09:00:00Z');
    const { lastPosition } = await store.appendToStream(
      'dwangsom-Z-D',
      [{ type: 'BeslissingOpBezwaarGenomen', data: { zaakId: 'Z-D', uitkomst: 'gegrond', gevolg: { soort: 'herroepen' }, bekendmakingsdatum: '2021-05-26', datum: '2021-05-26', door: 'mw-1' } }],
      { expectedRevision: 'any', metadata: { gemeente: 'GM0928', userId: 'mw-1' } },
    );
    expect(await runner.waitForPosition(lastPosition, 10_000)).toBe(true);
    expect((await vraag()).eerdereVondsten.map((v) => [v.zaakId, v.afloop])).toEqual([['Z-D', 'lopend']]);
  });

  /** Records, at `op`, that `adres` is an address of the adresseerbaar object `BAG`, as the API does. */
  async function koppel(op: string, adres: PandAdres): Promise<void> {
    nu = new Date(op);
    const { type, ...data }: AdresAanPandGekoppeld = {
      type: 'AdresAanPandGekoppeld',
      adres,
      adresSleutel: pandSleutel(adres),
      adresseerbaarObjectId: '0928010000012345',
      bagSleutel: pandSleutel(BAG),
      gemeente: 'GM0928',
      datum: op.slice(0, 10),
      door: 'mw-1',
    };
    const { lastPosition } = await store.appendToStream(pandKoppelingStreamId(adres), [{ type, data }], { expectedRevision: 'any', metadata: { gemeente: 'GM0928', userId: 'mw-1' } });
    expect(await runner.waitForPosition(lastPosition, 10_000)).toBe(true);
  }

  it('a BAG id and an address of the same building are apart until linked, then one pand for finds before and after the link', async () => {
    await vastleggen('2021-01-10T09:00:00Z', rapportage('Z-BAG', BAG, '2020-01-10'), rapportage('Z-ADRES', ADRES, '2020-02-10'), rapportage('Z-ANDER', ANDER_PAND, '2020-03-10'));

    expect(pandSleutel(BAG)).not.toBe(pandSleutel(ADRES));
    expect((await vraag()).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-BAG']);
    expect((await vraag({ pandSleutel: pandSleutel(ADRES) })).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-ADRES']);
    expect((await vraag({ pandSleutel: 'adres:9999ZZ-1' })).eerdereVondsten).toEqual([]);

    await koppel('2021-03-01T09:00:00Z', ADRES);
    await vastleggen('2021-04-01T09:00:00Z', rapportage('Z-NA', NEVENADRES, '2020-04-10'));
    await koppel('2021-04-15T09:00:00Z', NEVENADRES);

    // As known now: from the BAG id, from either address, the same finds, whichever key each was recorded under.
    const alle = ['Z-BAG', 'Z-ADRES', 'Z-NA'];
    for (const sleutel of [pandSleutel(BAG), pandSleutel(ADRES), pandSleutel(NEVENADRES), 'adres:6461AB-12--A']) {
      const antwoord = await vraag({ pandSleutel: sleutel });
      expect(antwoord.eerdereVondsten.map((v) => v.zaakId)).toEqual(alle);
      expect([...antwoord.pandSleutels].sort()).toEqual(['adres:6461AB-12', 'adres:6461AB-12-A', 'bag:0928010000012345']);
    }
    expect((await vraag({ pandSleutel: pandSleutel(ANDER_PAND) })).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-ANDER']);

    // As known before a link was recorded, that link is not there: what was known then does not change.
    expect((await vraag({ bekendOp: '2021-02-28' })).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-BAG']);
    expect((await vraag({ pandSleutel: pandSleutel(ADRES), bekendOp: '2021-02-28' })).pandSleutels).toEqual(['adres:6461AB-12']);
    expect((await vraag({ bekendOp: '2021-03-01' })).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-BAG', 'Z-ADRES']);
    expect((await vraag({ pandSleutel: pandSleutel(NEVENADRES), bekendOp: '2021-04-14' })).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-NA']);
    expect((await vraag({ bekendOp: '2021-04-14' })).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-BAG', 'Z-ADRES']);
  });

  it('a find recorded under a key of an older version (a lone letter as toevoeging) meets the same address written today', async () => {
    const oud = rapportage('Z-OUD', NEVENADRES, '2020-01-10');
    await vastleggen('2021-01-10T09:00:00Z', { ...oud, pand: { ...oud.pand, sleutel: 'adres:6461AB-12--A' } }, rapportage('Z-NIEUW', NEVENADRES, '2020-02-10'));
    expect((await vraag({ pandSleutel: 'adres:6461AB-12-A' })).eerdereVondsten.map((v) => v.zaakId)).toEqual(['Z-OUD', 'Z-NIEUW']);
  });

  it('finds that ended without a measure count only when the policy says so', async () => {
    await vastleggen(
      '2021-05-25T09:00:00Z',
      rapportage('Z-AFGEZIEN', BAG, '2020-01-10'),
      rapportage('Z-HERROEPEN', BAG, '2020-02-10'),
      rapportage('Z-VERNIETIGD', BAG, '2020-02-20'),
      rapportage('Z-SLUITING', BAG, '2020-03-10'),
      { type: 'AfgezienVanMaatregel', zaakId: 'Z-AFGEZIEN', motivering: 'bijzondere omstandigheden', datum: '2020-02-01', door: 'mw-1' },
      {
        type: 'SluitingsbesluitGenomen',
        zaakId: 'Z-HERROEPEN',
        duurMaanden: 3,
        bekendmakingsdatum: '2020-03-02',
        bezwaartermijnEinde: '2020-04-14',
        spoedeisend: false,
        datum: '2020-03-02',
        door: 'mw-1',
      },
      {
        type: 'BeslissingOpBezwaarGenomen',
        zaakId: 'Z-HERROEPEN',
        uitkomst: 'gegrond',
        gevolg: { soort: 'herroepen' },
        bekendmakingsdatum: '2020-05-01',
        beroepstermijnEinde: '2020-06-12',
        datum: '2020-05-01',
        door: 'mw-1',
      },
      // Vernietigd by the rechtbank on beroep (art. 8:72 lid 3 Awb): fell away as a revoked closure did.
      { type: 'SluitingsbesluitGenomen', zaakId: 'Z-VERNIETIGD', duurMaanden: 3, bekendmakingsdatum: '2020-03-09', bezwaartermijnEinde: '2020-04-21', spoedeisend: false, datum: '2020-03-09', door: 'mw-1' },
      { type: 'UitspraakOpBeroepGedaan', zaakId: 'Z-VERNIETIGD', uitkomst: 'gegrond', vernietigd: true, uitspraakdatum: '2020-11-10', datum: '2020-11-11', door: 'mw-1' },
      {
        type: 'SluitingsbesluitGenomen',
        zaakId: 'Z-SLUITING',
        duurMaanden: 6,
        bekendmakingsdatum: '2020-04-02',
        bezwaartermijnEinde: '2020-05-14',
        spoedeisend: false,
        datum: '2020-04-02',
        door: 'mw-1',
      },
    );

    expect((await vraag()).eerdereVondsten.map((v) => [v.zaakId, v.afloop])).toEqual([['Z-SLUITING', 'sluiting']]);
    expect((await vraag({ vondstenZonderMaatregelTellenMee: true })).eerdereVondsten.map((v) => [v.zaakId, v.afloop])).toEqual([
      ['Z-AFGEZIEN', 'afgezien'],
      ['Z-HERROEPEN', 'herroepen'],
      ['Z-VERNIETIGD', 'herroepen'],
      ['Z-SLUITING', 'sluiting'],
    ]);

    // Disposable: a rebuild one event per batch stores exactly what the batched run stored.
    const anderPrefix = `${keyPrefix}rebuild:`;
    const herbouw = new ProjectionRunner({ eventStore: store, redis, projections: [recidive], keyPrefix: anderPrefix, logger: stil, batchSize: 1 });
    await herbouw.start();
    try {
      const [{ head }] = await runner.status();
      expect(await herbouw.waitForPosition(head, 10_000)).toBe(true);
      const sleutel = (prefix: string) => `${prefix}damocles.recidive.v2:pand:${pandSleutel(BAG)}`;
      expect(await redis.hgetall(sleutel(anderPrefix))).toEqual(await redis.hgetall(sleutel(keyPrefix)));
    } finally {
      await herbouw.stop();
    }
  });

  it('a later correction of the constateringsdatum changes the answer as known now, not as known on a day before it', async () => {
    await vastleggen('2020-06-01T10:00:00Z', rapportage('Z-A', BAG, '2019-01-10'));
    await vastleggen('2021-03-15T10:00:00Z', {
      type: 'FeitenGecorrigeerd',
      zaakId: 'Z-A',
      correcties: [
        { veld: 'constateringsdatum', oud: '2019-01-10', nieuw: '2017-01-10' },
        { veld: 'zwaarsteCategorie', oud: 'softdrugs', nieuw: 'harddrugs' },
      ],
      reden: 'typefout in het proces-verbaal',
      datum: '2021-03-15',
      door: 'mw-2',
    });

    // As known now: the corrected date lies outside the 36 months before 2021-05-20.
    expect((await vraag()).eerdereVondsten).toEqual([]);
    // As known at the end of a day before the correction (Europe/Amsterdam), and at an instant.
    const toen = [{ zaakId: 'Z-A', gemeente: 'GM0928', constateringsdatum: '2019-01-10', zwaarsteCategorie: 'softdrugs', afloop: 'lopend' }];
    expect((await vraag({ bekendOp: '2021-03-14' })).eerdereVondsten).toEqual(toen);
    expect((await vraag({ bekendOp: '2021-03-15T09:59:59.999Z' })).eerdereVondsten).toEqual(toen);
    expect((await vraag({ bekendOp: '2021-03-15' })).eerdereVondsten).toEqual([]);
    // Before the find was recorded at all, nothing was known.
    expect((await vraag({ bekendOp: '2020-05-31' })).eerdereVondsten).toEqual([]);
    // Under a wider window the corrected version is found, with its corrected category.
    expect((await vraag({ recidiveTermijnMaanden: 60 })).eerdereVondsten).toEqual([{ ...toen[0], constateringsdatum: '2017-01-10', zwaarsteCategorie: 'harddrugs' }]);

    // Never deleted: both versions are in the stored row.
    const opgeslagen = JSON.parse((await redis.hget(`${keyPrefix}damocles.recidive.v2:pand:${pandSleutel(BAG)}`, 'Z-A')) as string);
    expect(opgeslagen.versies).toEqual([
      { constateringsdatum: '2019-01-10', zwaarsteCategorie: 'softdrugs', vastgelegdOp: '2020-06-01T10:00:00.000Z', vervangenOp: '2021-03-15T10:00:00.000Z' },
      { constateringsdatum: '2017-01-10', zwaarsteCategorie: 'harddrugs', vastgelegdOp: '2021-03-15T10:00:00.000Z' },
    ]);
  });

  it('the outcome is the one known then: a warning recorded later is lopend as known before it', async () => {
    await vastleggen('2020-06-01T10:00:00Z', rapportage('Z-W', BAG, '2020-05-01'));
    await vastleggen('2020-09-01T10:00:00Z', { type: 'WaarschuwingGegeven', zaakId: 'Z-W', bekendmakingsdatum: '2020-09-01', datum: '2020-09-01', door: 'mw-1' });
    expect((await vraag({ bekendOp: '2020-08-01' })).eerdereVondsten.map((v) => v.afloop)).toEqual(['lopend']);
    expect((await vraag()).eerdereVondsten.map((v) => v.afloop)).toEqual(['waarschuwing']);
  });
});
