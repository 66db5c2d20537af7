import { describeWith, redisForTests } from '@handhaving/testing';
import { registerOp, STANDEN, type RegisterEvent } from '@handhaving/domain-kamerverhuur';
import { EmbeddedEventStore, type GlobalPosition, type RecordedEvent } from '@handhaving/event-store';
import { deleteKeysWithPrefix, dumpKeys, projectionKeyPrefix, ProjectionRunner, type ProjectionContext, type ProjectionLogger } from '@handhaving/projections';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blok, type Tijdlijn } from './register.evolve';
import { KAMERVERHUUR_REGISTER_PROJECTIE, kamerverhuurRegisterProjectie } from './register.projection';
import { eerderAfgevoerdePanden, registerTabel, type RegisterVraag } from './register.vragen';
import { KERKRADE, LANDGRAAF, registergeschiedenis, type Geregistreerd } from './test-support/registergeschiedenis';

jest.setTimeout(120_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('kamerverhuur register read model integration tests');
const describeWithRedis = describeWith(redisUrl);
const stil: ProjectionLogger = { info: () => undefined, warn: console.warn, error: console.error };

describeWithRedis('kamerverhuur.register in Redis, fed by the embedded event store', () => {
  let redis: Redis;
  let store: EmbeddedEventStore;
  let runner: ProjectionRunner;
  let dataDir: string;
  let keyPrefix: string;
  const klok = { nu: new Date('2019-01-01T10:00:00Z') };

  /** Appends the history event by event, each recorded at 10:00 UTC on its day; waits for the read model. */
  async function schrijf(geschiedenis: readonly Geregistreerd[]): Promise<void> {
    let laatste: GlobalPosition = 0n;
    for (const { streamId, streamRevision, event } of geschiedenis) {
      klok.nu = new Date(`${event.geregistreerdOp}T10:00:00Z`);
      const { type, ...data } = event;
      const gemeente = event.type === 'PandInRegisterOpgenomen' ? event.gemeente : undefined;
      ({ lastPosition: laatste } = await store.appendToStream(streamId, [{ type, data }], {
        expectedRevision: streamRevision === 0 ? 'no-stream' : streamRevision - 1,
        metadata: { userId: 'medewerker-1', ...(gemeente === undefined ? {} : { gemeente }) },
      }));
    }
    expect(await runner.waitForPosition(laatste, 60_000)).toBe(true);
  }

  /** The table's figures against registerOp over the same events, and each cell's panden as the domain reads each pand. */
  async function vergelijk(geschiedenis: readonly Geregistreerd[], vraag: RegisterVraag): Promise<void> {
    const tabel = await registerTabel(redis, keyPrefix, vraag);
    const events = geschiedenis.map((g) => g.event);
    const panden = new Set(events.flatMap((e) => (e.type === 'PandInRegisterOpgenomen' && e.gemeente === vraag.gemeente ? [e.zaakId] : [])));
    const opties = { ...(vraag.bekendOp === undefined ? {} : { bekendOp: vraag.bekendOp }), ...(vraag.afgevoerdSinds === undefined ? {} : { afgevoerdSinds: vraag.afgevoerdSinds }) };
    const figuren = tabel.datums.map((d) => ({
      datum: d.datum,
      aantalPanden: d.aantalPanden.aantal,
      perStand: Object.fromEntries(STANDEN.map((s) => [s, d.perStand[s].aantal])),
      vergund: d.vergund.aantal,
      ...(d.afgevoerdSinds === undefined ? {} : { afgevoerdSinds: d.afgevoerdSinds.aantal }),
    }));
    expect(figuren).toEqual(registerOp(events.filter((e) => panden.has(e.zaakId)), vraag.datums, opties));
    const eerder = await eerderAfgevoerdePanden(redis, keyPrefix, { gemeente: vraag.gemeente, voor: tabel.eerderAfgevoerd.voor });
    expect(eerder).toHaveLength(tabel.eerderAfgevoerd.aantal);
    tabel.datums.forEach((d, i) => {
      const afgevoerd = [...panden].filter((id) => registerOp(events.filter((e) => e.zaakId === id), [d.datum], opties)[0]?.perStand.afgevoerd === 1).sort();
      expect([...d.perStand.afgevoerd.zaakIds, ...eerder].sort()).toEqual(afgevoerd);
      expect(new Set(d.aantalPanden.zaakIds).size).toBe(figuren[i]?.aantalPanden);
    });
  }

  beforeAll(async () => {
    redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 3 });
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-kamerverhuur-'));
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20, clock: { now: () => klok.nu } });
    keyPrefix = `hhtest:kamerverhuur:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    runner = new ProjectionRunner({ eventStore: store, redis, projections: [kamerverhuurRegisterProjectie], keyPrefix, logger: stil });
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

  const geschiedenis = registergeschiedenis(20_260_101, { panden: 40, dagen: 1_400 });

  it('answers the register table of a gemeente as registerOp does, as known now and as known on a day, with every pand named or counted', async () => {
    await schrijf(geschiedenis);
    const datums = ['2019-06-01', '2020-01-01', '2020-06-01', '2021-01-01'];
    for (const gemeente of [KERKRADE, LANDGRAAF]) {
      await vergelijk(geschiedenis, { gemeente, datums });
      await vergelijk(geschiedenis, { gemeente, datums, afgevoerdSinds: '2020-01-01' });
      await vergelijk(geschiedenis, { gemeente, datums, bekendOp: '2020-03-15', afgevoerdSinds: '2019-07-01' });
      // Late dates: panden afgevoerd long before are counted, not read.
      await vergelijk(geschiedenis, { gemeente, datums: ['2022-09-01', '2022-12-31'], afgevoerdSinds: '2022-07-01' });
      await vergelijk(geschiedenis, { gemeente, datums: ['2022-12-31'], bekendOp: '2022-11-20' });
    }
    const laat = await registerTabel(redis, keyPrefix, { gemeente: KERKRADE, datums: ['2022-12-31'] });
    expect(laat.eerderAfgevoerd.aantal).toBeGreaterThan(0);
    expect(await registerTabel(redis, keyPrefix, { gemeente: 'GM9999', datums: ['2020-01-01'] })).toMatchObject({ eerderAfgevoerd: { aantal: 0 }, datums: [{ aantalPanden: { aantal: 0, zaakIds: [] } }] });
  });

  it('files every pand once, in the block of its einde, and the panden no longer open by their einde', async () => {
    const prefix = projectionKeyPrefix(keyPrefix, KAMERVERHUUR_REGISTER_PROJECTIE);
    for (const gemeente of [KERKRADE, LANDGRAAF]) {
      const blokken = await redis.hgetall(`${prefix}gemeente:${gemeente}:blokken`);
      const gevonden = Object.entries(blokken).flatMap(([naam, waarde]) => (JSON.parse(waarde) as Tijdlijn[]).map((t) => ({ naam, zaakId: t[1] as string, einde: t[3] as number })));
      const panden = Object.keys(await redis.hgetall(`${prefix}gemeente:${gemeente}`)).sort();
      expect(gevonden.map((g) => g.zaakId).sort()).toEqual(panden);
      for (const g of gevonden) expect(g.naam).toBe(blok(g.zaakId, g.einde === 0 ? Infinity : g.einde));
      const dicht = gevonden.filter((g) => g.einde !== 0);
      expect(dicht.length).toBeGreaterThan(0);
      const eindes = await redis.zrange(`${prefix}gemeente:${gemeente}:einde`, '0', '-1', 'WITHSCORES');
      expect(Object.fromEntries(Array.from({ length: eindes.length / 2 }, (_, i) => [eindes[2 * i], Number(eindes[2 * i + 1])]))).toEqual(Object.fromEntries(dicht.map((g) => [g.zaakId, g.einde])));
      expect((await redis.zrange(`${prefix}gemeente:${gemeente}:maanden`, '0', '-1')).sort()).toEqual(Object.keys(blokken).filter((naam) => !naam.startsWith('open:')).sort());
    }
  });

  it('applies a batch again without changing anything: an event whose stream revision was applied is skipped', async () => {
    const prefix = projectionKeyPrefix(keyPrefix, KAMERVERHUUR_REGISTER_PROJECTIE);
    const voor = (await dumpKeys(redis, prefix)).filter((k) => !k.key.endsWith('checkpoint'));
    const events: readonly RecordedEvent[] = await store.readAll({ filter: kamerverhuurRegisterProjectie.filter });
    expect(events.length).toBe(geschiedenis.length);
    const multi = redis.multi();
    const context: ProjectionContext = { projectionName: KAMERVERHUUR_REGISTER_PROJECTIE, redis, multi, key: (...parts) => `${prefix}${parts.join(':')}` };
    await kamerverhuurRegisterProjectie.handle(events.slice(events.length / 2), context);
    await multi.exec();
    expect((await dumpKeys(redis, prefix)).filter((k) => !k.key.endsWith('checkpoint'))).toEqual(voor);
  });

  it('refuses a question without dates or with a date that is none', async () => {
    await expect(registerTabel(redis, keyPrefix, { gemeente: KERKRADE, datums: [] })).rejects.toThrow(RangeError);
    await expect(registerTabel(redis, keyPrefix, { gemeente: KERKRADE, datums: ['1-1-2020'] })).rejects.toThrow(/datums/);
    await expect(registerTabel(redis, keyPrefix, { gemeente: KERKRADE, datums: ['2020-01-01'], bekendOp: '2020-13-01' })).rejects.toThrow(/bekendOp/);
  });

  it('reads nothing but its own events: another context’s stream with the same event type is not in the register', async () => {
    const vreemd = { ...(geschiedenis[0]?.event as RegisterEvent), zaakId: 'ander-1' };
    const { type, ...data } = vreemd;
    const { lastPosition } = await store.appendToStream('andercontext-ander-1', [{ type, data }], { expectedRevision: 'no-stream' });
    expect(await runner.waitForPosition(lastPosition, 20_000)).toBe(true);
    expect(await redis.hget(`${projectionKeyPrefix(keyPrefix, KAMERVERHUUR_REGISTER_PROJECTIE)}zaak-gemeente`, 'ander-1')).toBeNull();
  });
});
