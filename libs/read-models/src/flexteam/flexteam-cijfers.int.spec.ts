import type { ControleEvent } from '@handhaving/domain-flexteam';
import { EmbeddedEventStore } from '@handhaving/event-store';
import { deleteKeysWithPrefix, ProjectionRunner } from '@handhaving/projections';
import { describeWith, redisForTests } from '@handhaving/testing';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AfloopEvent } from './flexteam-cijfers.evolve';
import { flexteamCijfersProjectie } from './flexteam-cijfers.projection';
import { flexteamCijfers, type FlexteamCel, type FlexteamCijfersVraag } from './flexteam-cijfers.vragen';
import { bezoek, controle, KERKRADE, LANDGRAAF } from './test-support/flexteam-controles';

jest.setTimeout(60_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('flexteam figures integration tests');
const describeWithRedis = describeWith(redisUrl);

const A = 'adres:6461AB-12';
const B = 'adres:6461AB-14';
const C = 'adres:6461AB-16';
const D = 'adres:6461AB-18';
const E = 'adres:6461AB-20';

/** A cell as count and panden, for reading the figures as a table. */
const telling = (cel: FlexteamCel) => [cel.aantal, cel.panden];

/*
 * The events are appended to the embedded store as the deciders record them (the control's
 * through test-support/flexteam-controles.ts; a follow-up's case only the step that settles it:
 * the read model reads no other), each recorded at 10:00 UTC on its `geregistreerdOp`, else its `datum`.
 */
describeWithRedis('flexteam.cijfers in Redis, fed by the embedded event store', () => {
  let redis: Redis;
  let store: EmbeddedEventStore;
  let runner: ProjectionRunner;
  let dataDir: string;
  const klok = { nu: new Date('2020-01-01T10:00:00Z') };
  const keyPrefix = `hhtest:flexteam-cijfers:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;

  async function schrijf(streamId: string, events: readonly (ControleEvent | AfloopEvent)[]): Promise<void> {
    for (const { type, ...data } of events) {
      klok.nu = new Date(`${'geregistreerdOp' in data ? data.geregistreerdOp : data.datum}T10:00:00Z`);
      const { lastPosition } = await store.appendToStream(streamId, [{ type, data }], { expectedRevision: 'any', metadata: { gemeente: KERKRADE, userId: 'test' } });
      if (!(await runner.waitForPosition(lastPosition, 20_000))) throw new Error(`read model did not reach ${lastPosition}`);
    }
  }
  const vraag = (velden: Partial<FlexteamCijfersVraag> = {}): Promise<Awaited<ReturnType<typeof flexteamCijfers>>> =>
    flexteamCijfers(redis, keyPrefix, { gemeente: KERKRADE, jaar: 2020, vandaag: '2022-06-01', ...velden });

  beforeAll(async () => {
    redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 3 });
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-flexteam-cijfers-'));
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20, clock: { now: () => klok.nu } });
    runner = new ProjectionRunner({ eventStore: store, redis, projections: [flexteamCijfersProjectie], keyPrefix, logger: { info: () => undefined, warn: console.warn, error: console.error } });
    await runner.start();

    // C-1, 10 March 2020: A, B and C planned; A (kamerverhuur, BRP wrong) and B (no access) visited, D added
    // on the day (drugs). A's kamerverhuur becomes traject T-1, its BRP finding request V-1, D's drugs
    // Damocles case Z-1: its waarschuwing (20 March) was recorded before the link (1 April).
    const c1 = controle('C-1', { geplandOp: '2020-03-10', adressen: [A, B, C] });
    await schrijf(c1.stream, [c1.gepland('2020-03-01')]);
    await schrijf(c1.stream, [
      c1.uitgevoerd('2020-03-10', [
        bezoek(A, { bevindingen: ['kamerverhuur', 'brp-onjuist'] }),
        bezoek(B, { toegang: false, bevindingen: ['geen-bijzonderheden'] }),
        bezoek(D, { gepland: false, bevindingen: ['drugs-aangetroffen'] }),
      ]),
    ]);
    await schrijf(c1.stream, [c1.vervolg('2020-03-12', A, 'kamerverhuur', 'kamerverhuurtraject', 'T-1'), c1.vervolg('2020-03-12', A, 'brp-onjuist', 'verzoek', 'V-1')]);
    await schrijf('damocles-Z-1', [{ type: 'WaarschuwingGegeven', zaakId: 'Z-1', bekendmakingsdatum: '2020-03-20', datum: '2020-03-20', door: 'jur-1' }]);
    await schrijf(c1.stream, [c1.vervolg('2020-04-01', D, 'drugs-aangetroffen', 'damocles', 'Z-1'), c1.afgerond('2020-04-01')]);
    // T-1 closed nageleefd on 1 November 2020 (within the year); V-1 answered on 1 May 2021 (after it).
    await schrijf('kamerverhuurtraject-T-1', [{ type: 'TrajectAfgesloten', zaakId: 'T-1', afsluitdatum: '2020-11-01', resultaat: 'nageleefd', datum: '2020-11-01', door: 'jur-1' }]);
    await schrijf('verzoek-V-1', [{ type: 'VerzoekBeantwoord', zaakId: 'V-1', uitkomst: 'gecorrigeerd', datum: '2021-05-01', door: 'brp-1', geregistreerdOp: '2021-05-01' }]);
    // A Damocles case no control links: not counted.
    await schrijf('damocles-Z-2', [{ type: 'SluitingsbesluitGenomen', zaakId: 'Z-2', duurMaanden: 3, bekendmakingsdatum: '2020-05-01', bezwaartermijnEinde: '2020-06-12', spoedeisend: false, datum: '2020-05-01', door: 'jur-1' }]);

    // C-2, for 2 June 2020, cancelled.
    const c2 = controle('C-2', { geplandOp: '2020-06-02', adressen: [C] });
    await schrijf(c2.stream, [c2.gepland('2020-05-01'), c2.geannuleerd('2020-05-20')]);

    // C-3, 15 December 2020, typed in on 4 January 2021: E's overlast becomes melding M-1 (closed
    // 1 December 2021), C's BRP finding is declined.
    const c3 = controle('C-3', { geplandOp: '2020-12-15', adressen: [C, E] });
    await schrijf(c3.stream, [c3.gepland('2020-12-01')]);
    await schrijf(c3.stream, [c3.uitgevoerd('2020-12-15', [bezoek(C, { bevindingen: ['brp-onjuist'] }), bezoek(E, { bevindingen: ['overlast'] })], '2021-01-04')]);
    await schrijf(c3.stream, [c3.vervolg('2021-01-05', E, 'overlast', 'melding', 'M-1'), c3.afgezien('2021-01-05', C, 'brp-onjuist')]);
    await schrijf('melding-M-1', [{ type: 'MeldingGesloten', zaakId: 'M-1', reden: 'afgehandeld', datum: '2021-12-01', door: 'oov-1', geregistreerdOp: '2021-12-01' }]);

    // C-9 in Landgraaf: not Kerkrade's.
    const c9 = controle('C-9', { gemeente: LANDGRAAF, geplandOp: '2020-03-10', adressen: ['adres:6371AA-1'] });
    await schrijf(c9.stream, [c9.gepland('2020-03-01'), c9.uitgevoerd('2020-03-10', [bezoek('adres:6371AA-1', { bevindingen: ['kamerverhuur'] })])]);
  });
  afterAll(async () => {
    await runner?.stop();
    await store?.close();
    if (redis) {
      await deleteKeysWithPrefix(redis, keyPrefix);
      await redis.quit();
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('2020 in Kerkrade: controls held and cancelled, addresses, access and findings', async () => {
    const c = await vraag();
    expect(c.controles.uitgevoerd.zaakIds).toEqual(['C-1', 'C-3']);
    expect(telling(c.controles.geannuleerd)).toEqual([1, []]);
    expect(c.controles.geannuleerd.zaakIds).toEqual(['C-2']);
    expect(telling(c.adressen.bezocht)).toEqual([5, [A, B, C, D, E]]);
    expect(telling(c.adressen.gepland)).toEqual([4, [A, B, C, E]]);
    expect(telling(c.adressen.opDeDagToegevoegd)).toEqual([1, [D]]);
    expect(telling(c.adressen.metToegang)).toEqual([4, [A, C, D, E]]);
    expect(c.adressen.toegangPercentage).toBe(80);
    expect(telling(c.bevindingen['brp-onjuist'])).toEqual([2, [A, C]]);
    expect(telling(c.bevindingen['drugs-aangetroffen'])).toEqual([1, [D]]);
    expect(telling(c.bevindingen['woningsplitsing'])).toEqual([0, []]);
  });

  it('follow-ups by context, declined, and where each stood a year after its control', async () => {
    const c = await vraag();
    expect(telling(c.vervolg.gestart.totaal)).toEqual([4, [A, D, E]]);
    expect(telling(c.vervolg.gestart.verzoek)).toEqual([1, [A]]);
    expect(telling(c.vervolg.afgezien)).toEqual([1, [C]]);
    const n = c.naEenJaar;
    expect(n.kamerverhuurtraject['afgesloten-nageleefd'].zaakIds).toEqual(['T-1']);
    // Answered on 1 May 2021, after 10 March 2021: unanswered a year after the control.
    expect(n.verzoek.onbeantwoord.zaakIds).toEqual(['V-1']);
    expect(n.verzoek.gecorrigeerd.aantal).toBe(0);
    // The waarschuwing came before the link: the control still finds it.
    expect(n.damocles['waarschuwing-gegeven'].zaakIds).toEqual(['Z-1']);
    expect(n.damocles['sluitingsbesluit-genomen'].aantal).toBe(0);
    // M-1 was closed on 1 December 2021, before 15 December 2021.
    expect(n.melding['gesloten-afgehandeld'].zaakIds).toEqual(['M-1']);
  });

  it('a follow-up whose year is not over on the day of the question is not known yet', async () => {
    const c = await vraag({ vandaag: '2021-06-01' });
    expect(c.naEenJaar.melding.nogGeenJaar.zaakIds).toEqual(['M-1']);
    expect(c.naEenJaar.melding['gesloten-afgehandeld'].aantal).toBe(0);
    expect(c.naEenJaar.kamerverhuurtraject['afgesloten-nageleefd'].zaakIds).toEqual(['T-1']);
  });

  it('as known on a day: only what was recorded by then, of the controls and of the follow-ups', async () => {
    const oktober = await vraag({ bekendOp: '2020-10-01' });
    expect(oktober.controles.uitgevoerd.zaakIds).toEqual(['C-1']); // C-3 not yet held, nor recorded
    expect(oktober.naEenJaar.kamerverhuurtraject.nogGeenJaar.zaakIds).toEqual(['T-1']);
    // On 31 December 2020 C-3 had been held but not recorded; by 4 January 2021 it was, without its follow-up.
    expect((await vraag({ bekendOp: '2020-12-31' })).controles.uitgevoerd.zaakIds).toEqual(['C-1']);
    const januari = await vraag({ bekendOp: '2021-01-04' });
    expect(januari.controles.uitgevoerd.zaakIds).toEqual(['C-1', 'C-3']);
    expect(januari.vervolg.gestart.melding.aantal).toBe(0);
    // On 1 April 2021 T-1's year was over, and its closing known: the stand as known then.
    const april = await vraag({ bekendOp: '2021-04-01' });
    expect(april.naEenJaar.kamerverhuurtraject['afgesloten-nageleefd'].zaakIds).toEqual(['T-1']);
    expect(april.naEenJaar.verzoek.onbeantwoord.zaakIds).toEqual(['V-1']);
  });

  it('another gemeente and another year have their own figures', async () => {
    const landgraaf = await vraag({ gemeente: LANDGRAAF });
    expect(landgraaf.controles.uitgevoerd.zaakIds).toEqual(['C-9']);
    expect(telling(landgraaf.bevindingen.kamerverhuur)).toEqual([1, ['adres:6371AA-1']]);
    const c2021 = await vraag({ jaar: 2021 });
    expect(c2021.controles.uitgevoerd.aantal).toBe(0);
    expect(c2021.adressen.toegangPercentage).toBeNull();
  });

  it('a rebuild from the log gives the same figures (the link after the step it follows included)', async () => {
    const voor = await vraag();
    await runner.rebuild(flexteamCijfersProjectie.name);
    expect(await vraag()).toEqual(voor);
  });
});
