import { BRONNEN, categorieenVan, meldingenCijfers, type MeldingEvent, type MeldingGeregistreerd, type MeldingGesloten } from '@handhaving/domain-meldingen';
import { VREEMDE_EVENTS } from '@handhaving/domain-shared';
import { EmbeddedEventStore, type GlobalPosition } from '@handhaving/event-store';
import { deleteKeysWithPrefix, ProjectionRunner, type ProjectionLogger } from '@handhaving/projections';
import { describeWith, redisForTests } from '@handhaving/testing';
import fc from 'fast-check';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { meldingenCijfersProjectie } from './meldingen-cijfers.projection';
import { meldingenJaarcijfers, type MeldingenJaarcijfers } from './meldingen-cijfers.vragen';

jest.setTimeout(120_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('meldingen figures integration tests');
const describeWithRedis = describeWith(redisUrl);
const stil: ProjectionLogger = { info: () => undefined, warn: console.warn, error: console.error };

const KERKRADE = 'GM0928';
const LANDGRAAF = 'GM0882';

/** A day `dagen` after `datum` (test arithmetic on UTC dates). */
function plus(datum: string, dagen: number): string {
  return new Date(Date.parse(`${datum}T00:00:00Z`) + dagen * 86_400_000).toISOString().slice(0, 10);
}

function melding(zaakId: string, velden: Partial<MeldingGeregistreerd> & Pick<MeldingGeregistreerd, 'meldingsdatum'>): MeldingGeregistreerd {
  const datum = velden.geregistreerdOp ?? velden.meldingsdatum;
  return {
    type: 'MeldingGeregistreerd',
    zaakId,
    gemeente: KERKRADE,
    bron: 'meldpunt-overlast',
    categorie: 'drugsoverlast',
    plaats: { soort: 'gebied', omschrijving: 'Kerkrade-West' },
    datum,
    door: 'oov-1',
    geregistreerdOp: datum,
    ...velden,
  };
}

const sluiting = (zaakId: string, datum: string): MeldingGesloten => ({ type: 'MeldingGesloten', zaakId, reden: 'afgehandeld', datum, door: 'oov-1', geregistreerdOp: datum });

/** The read model's answer in the domain's shape, to hold it against `meldingenCijfers`. */
const alsDomein = ({ jaar, bekendOp, perBron, totaal }: MeldingenJaarcijfers) => ({ jaar, ...(bekendOp === null ? {} : { bekendOp }), perBron, totaal });

describeWithRedis('meldingen.cijfers in Redis, fed by the embedded event store', () => {
  let redis: Redis;
  let store: EmbeddedEventStore;
  let runner: ProjectionRunner;
  let dataDir: string;
  let keyPrefix: string;

  /** Appends each event to its melding's stream (others' to a stream of their own), in the order given, and waits for the read model. */
  async function leg(events: readonly { readonly type: string }[]): Promise<void> {
    let laatste: GlobalPosition | undefined;
    for (const { type, ...data } of events) {
      const { zaakId, gemeente } = data as { zaakId?: string; gemeente?: string };
      const streamId = zaakId === undefined ? `elders-${Math.random().toString(36).slice(2)}` : `melding-${zaakId}`;
      ({ lastPosition: laatste } = await store.appendToStream(streamId, [{ type, data }], { expectedRevision: 'any', metadata: { gemeente: gemeente ?? KERKRADE, userId: 'oov-1' } }));
    }
    if (laatste !== undefined) expect(await runner.waitForPosition(laatste, 20_000)).toBe(true);
  }

  const vraag = (gemeente: string, jaar: number, bekendOp?: string, metZaakIds = false) =>
    meldingenJaarcijfers(redis, keyPrefix, { gemeente, jaar, ...(bekendOp === undefined ? {} : { bekendOp }), metZaakIds });

  beforeAll(async () => {
    redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 3 });
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-meldingen-'));
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20 });
    keyPrefix = `hhtest:meldingen:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    runner = new ProjectionRunner({ eventStore: store, redis, projections: [meldingenCijfersProjectie], keyPrefix, logger: stil });
    await runner.start();
  });

  afterAll(async () => {
    await runner?.stop();
    await store?.close();
    if (redis) {
      await deleteKeysWithPrefix(redis, keyPrefix);
      await redis.quit();
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('counts by the meldingsdatum in the table of its bron; a late registration is not known before its day; closing changes nothing; gemeenten apart', async () => {
    await leg([
      ...VREEMDE_EVENTS,
      melding('mp-1', { meldingsdatum: '2020-03-02', geregistreerdOp: '2020-03-03' }),
      melding('mp-2', { meldingsdatum: '2020-03-09', categorie: 'woonoverlast' }),
      sluiting('mp-2', '2020-03-20'),
      melding('mk-1', { meldingsdatum: '2020-06-01', bron: 'meldkamer-handhaving', categorie: 'overlast-geluid' }),
      melding('pol-1', { meldingsdatum: '2020-07-01', bron: 'politie', categorie: 'overlast-geluid' }),
      // Made on 30 December 2020, typed in on 15 January 2021: a 2020 melding, known from the 15th.
      melding('laat', { meldingsdatum: '2020-12-30', geregistreerdOp: '2021-01-15' }),
      melding('oud', { meldingsdatum: '2019-12-31', geregistreerdOp: '2020-01-02', categorie: 'woonoverlast' }),
      melding('landgraaf', { meldingsdatum: '2020-05-01', gemeente: LANDGRAAF }),
    ]);

    const nu = await vraag(KERKRADE, 2020, undefined, true);
    const meldpunt = nu.perBron['meldpunt-overlast'];
    expect([meldpunt.perCategorie.drugsoverlast, meldpunt.perCategorie.woonoverlast]).toEqual([
      { aantal: 2, zaakIds: ['mp-1', 'laat'] },
      { aantal: 1, zaakIds: ['mp-2'] },
    ]);
    expect(Object.keys(meldpunt.perCategorie)).toHaveLength(9);
    expect(Object.keys(nu.perBron['meldkamer-handhaving'].perCategorie)).toHaveLength(15);
    expect(nu.perBron['meldkamer-handhaving'].perCategorie['overlast-geluid']).toEqual({ aantal: 1, zaakIds: ['mk-1'] });
    expect(nu.perBron.politie.perCategorie['overlast-geluid']).toEqual({ aantal: 1, zaakIds: ['pol-1'] });
    expect([meldpunt.totaal, nu.totaal]).toEqual([3, 5]);

    const toen = await vraag(KERKRADE, 2020, '2021-01-14');
    expect(toen.bekendOp).toBe('2021-01-14');
    expect(toen.perBron['meldpunt-overlast'].perCategorie.drugsoverlast).toEqual({ aantal: 1 });
    expect((await vraag(KERKRADE, 2020, '2021-01-15')).perBron['meldpunt-overlast'].perCategorie.drugsoverlast).toEqual({ aantal: 2 });
    // As known on 2 March 2020 nothing of March was registered yet; the day itself counts.
    expect((await vraag(KERKRADE, 2020, '2020-03-02')).totaal).toBe(0);
    expect((await vraag(KERKRADE, 2020, '2020-03-03', true)).perBron['meldpunt-overlast'].perCategorie.drugsoverlast).toEqual({ aantal: 1, zaakIds: ['mp-1'] });

    expect((await vraag(KERKRADE, 2019)).perBron['meldpunt-overlast'].perCategorie.woonoverlast).toEqual({ aantal: 1 });
    expect((await vraag(LANDGRAAF, 2020)).totaal).toBe(1);
    expect((await vraag('GM0999', 2020)).totaal).toBe(0);
    await expect(vraag(KERKRADE, 2020, '14-01-2021')).rejects.toThrow(/bekendOp/);
  });

  it('answers what the domain’s meldingenCijfers answers over the log, for random histories, years and days', async () => {
    const dag = fc.record({ jaar: fc.integer({ min: 2018, max: 2021 }), maand: fc.integer({ min: 1, max: 12 }), dag: fc.integer({ min: 1, max: 28 }) }).map(({ jaar, maand, dag }) => `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`);
    const bronEnCategorie = fc.constantFrom(...BRONNEN).chain((bron) => fc.record({ bron: fc.constant(bron), categorie: fc.constantFrom(...categorieenVan(bron)) }));
    const eenMelding = fc.record({
      bronEnCategorie,
      meldingsdatum: dag,
      // Mostly within days; now and then typed in a year or more later.
      vertraging: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 500 })),
      andereGemeente: fc.boolean(),
      gesloten: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(eenMelding, { maxLength: 40 }), fc.array(dag, { minLength: 1, maxLength: 4 }), async (meldingen, dagen) => {
        // Each run its own gemeenten, so runs on the one store do not meet.
        run += 1;
        const hier = `GM${String(9000 + run).padStart(4, '0')}`;
        const daar = `GM${String(8000 + run).padStart(4, '0')}`;
        const geschiedenis: MeldingEvent[] = [];
        meldingen.forEach(({ bronEnCategorie: { bron, categorie }, meldingsdatum, vertraging, andereGemeente, gesloten }, i) => {
          const zaakId = `r${run}-${i}`;
          const geregistreerdOp = plus(meldingsdatum, vertraging);
          geschiedenis.push(melding(zaakId, { gemeente: andereGemeente ? daar : hier, bron, categorie, meldingsdatum, geregistreerdOp }));
          if (gesloten !== undefined) geschiedenis.push(sluiting(zaakId, plus(geregistreerdOp, gesloten)));
        });
        await leg(geschiedenis);
        for (const jaar of [2018, 2019, 2020, 2021]) {
          for (const bekendOp of [undefined, ...dagen]) {
            const opties = { jaar, gemeente: hier, ...(bekendOp === undefined ? {} : { bekendOp }) };
            const verwacht = meldingenCijfers(geschiedenis, opties);
            // Each count from the row's binary search, each cell's cases from the year's list.
            expect(alsDomein(await vraag(hier, jaar, bekendOp, true))).toEqual(verwacht);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
