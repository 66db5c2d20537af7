import { describeWith, redisForTests } from '@handhaving/testing';
import { bibobDecider, bibobStreamId, type BibobCommand } from '@handhaving/domain-bibob';
import { fold } from '@handhaving/domain-shared';
import { EmbeddedEventStore, type GlobalPosition } from '@handhaving/event-store';
import { deleteKeysWithPrefix, ProjectionRunner, type ProjectionLogger } from '@handhaving/projections';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deadlinesProjectie } from '../contexten';
import { deadlines, deadlinesVanZaak } from '../termijnen/deadline-vragen';
import { bibobCijfersProjectie } from './bibob-cijfers.projection';
import { bibobCijfers } from './bibob-cijfers.vragen';
import { KERKRADE, LANDGRAAF, opAanvraag, opSignaal, stappenVan } from './test-support/bibob-toetsen';
import { bibobWerkvoorraadProjectie } from './werkvoorraad.projection';
import { bibobWerkvoorraad } from './werkvoorraad.vragen';

jest.setTimeout(60_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('bibob read models integration tests');
const describeWithRedis = describeWith(redisUrl);
const stil: ProjectionLogger = { info: () => undefined, warn: console.warn, error: console.error };

describeWithRedis('Bibob read models in Redis, fed by the embedded event store through the decider', () => {
  let redis: Redis;
  let store: EmbeddedEventStore;
  let runner: ProjectionRunner;
  let dataDir: string;
  let keyPrefix: string;
  /** The store's clock: the `recordedAt` of the next append. */
  const klok = { nu: new Date('2019-01-01T10:00:00Z') };

  /**
   * Decides a command on its toets as the API would (read, fold, decide, append), recorded at
   * `vastgelegdOp` (default: 10:00 UTC on the step's day); waits for the read models unless told not to.
   */
  async function opdracht(command: BibobCommand, opties: { vastgelegdOp?: string; wacht?: boolean } = {}): Promise<GlobalPosition> {
    klok.nu = new Date(opties.vastgelegdOp ?? `${command.datum}T10:00:00Z`);
    const streamId = bibobStreamId(command.zaakId);
    const recorded = await store.readStream(streamId);
    const state = fold(
      bibobDecider,
      recorded.map((e) => ({ ...(e.data as object), type: e.type }) as never),
    );
    const events = bibobDecider.decide(command, state);
    const gemeente = command.type === 'StartToets' ? command.gemeente : state.status === 'onbekend' ? KERKRADE : state.zaak.gemeente;
    const { lastPosition } = await store.appendToStream(
      streamId,
      events.map(({ type, ...data }) => ({ type, data })),
      { expectedRevision: recorded.length === 0 ? 'no-stream' : recorded.length - 1, metadata: { gemeente, userId: command.door } },
    );
    if (opties.wacht !== false) expect(await runner.waitForPosition(lastPosition, 20_000)).toBe(true);
    return lastPosition;
  }

  const termijnen = async (zaakId: string, peildatum: string) =>
    Object.fromEntries((await deadlinesVanZaak(redis, keyPrefix, bibobStreamId(zaakId), peildatum)).map((d) => [d.soort, { einde: d.einde, status: d.status }]));

  beforeAll(async () => {
    redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 3 });
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-bibob-'));
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20, clock: { now: () => klok.nu } });
    keyPrefix = `hhtest:bibob:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    runner = new ProjectionRunner({ eventStore: store, redis, projections: [deadlinesProjectie, bibobCijfersProjectie, bibobWerkvoorraadProjectie], keyPrefix, logger: stil });
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

  it('a toets on an aanvraag: the beslistermijn stands still for the vragenformulier and the LBB advice, the LBB’s own term moves with its extension and questions', async () => {
    // An exploitatievergunning horeca received Monday 4 September 2023: eight weeks, through Monday 30 October.
    const s = stappenVan('T-1');
    await opdracht(s.start());
    expect(await termijnen('T-1', '2023-09-05')).toEqual({ 'beslistermijn-aanvraag': { einde: '2023-10-30', status: 'lopend' } });

    // The vragenformulier goes out Wednesday 6 September: the term stands still from the 7th.
    await opdracht(s.vragenformulier());
    const opgeschort = await termijnen('T-1', '2023-09-15');
    expect(opgeschort['beslistermijn-aanvraag'].status).toBe('opgeschort');
    // Shown as of the 15th, as if the term ran again after that day: 7–15 September stood still (nine days), so 8 November.
    expect(opgeschort['beslistermijn-aanvraag'].einde).toBe('2023-11-08');
    const [inLijst] = await deadlines(redis, keyPrefix, { gemeente: KERKRADE, peildatum: '2023-09-15', status: 'opgeschort' });
    expect(inLijst).toMatchObject({ id: 'bibob-T-1.beslistermijn-aanvraag', context: 'bibob', zaakId: 'T-1', medewerker: 'bibob-coordinator-1' });

    // Back on the 20th: 7–19 September stood still (13 days): 12 November is a Sunday, so Monday the 13th.
    await opdracht(s.formulierTerug());
    expect((await termijnen('T-1', '2023-09-20'))['beslistermijn-aanvraag']).toEqual({ einde: '2023-11-13', status: 'lopend' });

    // Advice asked of the LBB Monday 2 October: the beslistermijn stands still (art. 32 Wet Bibob); the LBB has eight weeks.
    await opdracht(s.eigenOnderzoek());
    await opdracht(s.adviesAanvraag());
    const gevraagd = await termijnen('T-1', '2023-10-02');
    expect(gevraagd['beslistermijn-aanvraag'].status).toBe('opgeschort');
    expect(gevraagd['lbb-advies']).toEqual({ einde: '2023-11-27', status: 'lopend' });

    // Extended once by four weeks: 25 December, Christmas, so Wednesday the 27th.
    await opdracht(s.verlenging());
    expect((await termijnen('T-1', '2023-10-20'))['lbb-advies']).toEqual({ einde: '2023-12-27', status: 'lopend' });

    // Questions to the aanvrager on 23 October stop the LBB's clock until answered on 6 November (13 days).
    await opdracht(s.vragen());
    expect((await termijnen('T-1', '2023-10-23'))['lbb-advies'].status).toBe('opgeschort');
    await opdracht(s.antwoord());
    expect((await termijnen('T-1', '2023-11-06'))['lbb-advies']).toEqual({ einde: '2024-01-08', status: 'lopend' });
    expect((await termijnen('T-1', '2023-11-06'))['beslistermijn-aanvraag'].status).toBe('opgeschort');

    // Advice received Wednesday 15 November: 3 October – 14 November stood still (43 days), so 13 November + 43 = Christmas: the 27th.
    await opdracht(s.advies());
    const naAdvies = await termijnen('T-1', '2023-11-15');
    expect(naAdvies['lbb-advies'].status).toBe('voldaan');
    expect(naAdvies['beslistermijn-aanvraag']).toEqual({ einde: '2023-12-27', status: 'lopend' });
    const [beslistermijn] = (await deadlinesVanZaak(redis, keyPrefix, bibobStreamId('T-1'), '2023-11-15')).filter((d) => d.soort === 'beslistermijn-aanvraag');
    expect(beslistermijn.uitleg).toContain('art. 32 Wet Bibob');
    expect(beslistermijn.uitleg).toContain('art. 4:15 lid 1 sub a Awb');

    // Voornemen, its term passed, refused Wednesday 6 December: beslistermijn met, bezwaar through 17 January 2024.
    await opdracht(s.voornemen());
    expect((await termijnen('T-1', '2023-11-17')).zienswijzetermijn).toEqual({ einde: '2023-12-01', status: 'lopend' });
    await opdracht(s.termijnVerstreken());
    await opdracht(s.besluit());
    expect(await termijnen('T-1', '2023-12-06')).toEqual({
      'beslistermijn-aanvraag': { einde: '2023-12-27', status: 'voldaan' },
      'lbb-advies': { einde: '2024-01-08', status: 'voldaan' },
      zienswijzetermijn: { einde: '2023-12-01', status: 'voldaan' },
      bezwaartermijn: { einde: '2024-01-17', status: 'lopend' },
    });

    // Nothing on the deadline list names content, a betrokkene or the outcome.
    const lijst = JSON.stringify(await deadlinesVanZaak(redis, keyPrefix, bibobStreamId('T-1'), '2023-12-06'));
    for (const geheim of ['GEHEIM', 'verzegeld', 'b-exploitant', 'ernstige-mate', 'geweigerd', 'weigeren']) expect(lijst).not.toContain(geheim);

    // The werkvoorraad: after the besluit only the bezwaartermijn is awaited; after it, the toets is done.
    expect(await bibobWerkvoorraad(redis, keyPrefix, { gemeente: KERKRADE, peildatum: '2024-01-17' })).toEqual([
      expect.objectContaining({ zaakId: 'T-1', status: 'besloten', volgendeStap: 'Bezwaartermijn afwachten', wachtTot: '2024-01-17' }),
    ]);
    expect(await bibobWerkvoorraad(redis, keyPrefix, { gemeente: KERKRADE, peildatum: '2024-01-18' })).toEqual([]);

    // The figures of 2023: one toets on an aanvraag, advice asked and received, refused, and how long each suspension lasted.
    const c = await bibobCijfers(redis, keyPrefix, { gemeente: KERKRADE, van: '2023-01-01', tot: '2023-12-31' });
    expect(c.gestart.perAanvraagtype['exploitatievergunning-horeca']).toEqual({ aantal: 1, zaakIds: ['T-1'] });
    expect(c.lbbAdviezen).toEqual({ aangevraagd: { aantal: 1, zaakIds: ['T-1'] }, ontvangen: { aantal: 1, zaakIds: ['T-1'] } });
    expect(c.uitkomsten.geweigerd).toEqual({ aantal: 1, zaakIds: ['T-1'] });
    expect(c.afgerond.metBesluit.aantal).toBe(1);
    expect(c.opschortingen['aanvullende-stukken']).toEqual({ aantal: 1, zaakIds: ['T-1'], dagen: 13, mediaanDagen: 13 });
    expect(c.opschortingen['advies-lbb']).toEqual({ aantal: 1, zaakIds: ['T-1'], dagen: 43, mediaanDagen: 43 });
    expect(c.opschortingen['vragen-lbb']).toEqual({ aantal: 1, zaakIds: ['T-1'], dagen: 13, mediaanDagen: 13 });
  });

  it('a bezwaar against the refusal: its beslistermijn stands still while an omission is repaired, and names no content', async () => {
    // Bezwaar received Wednesday 10 January 2024: six weeks from the day after the bezwaartermijn (17 January): 28 February.
    const s = stappenVan('T-1');
    await opdracht(s.bezwaar());
    expect((await termijnen('T-1', '2024-01-10'))['beslistermijn-bezwaar']).toEqual({ einde: '2024-02-28', status: 'lopend' });
    await opdracht(s.herstelVerzuim('2024-01-12', '2024-01-26'));
    expect((await termijnen('T-1', '2024-01-15'))['beslistermijn-bezwaar'].status).toBe('opgeschort');
    await opdracht(s.verzuimHersteld('2024-01-22'));
    const na = (await deadlinesVanZaak(redis, keyPrefix, bibobStreamId('T-1'), '2024-01-22')).find((d) => d.soort === 'beslistermijn-bezwaar');
    expect(na?.status).toBe('lopend');
    // Asked 12 January, repaired the 22nd; only the days within the term count (18–21 January): 3 March, a Sunday, so Monday the 4th.
    expect(na?.einde).toBe('2024-03-04');
    expect(na?.uitleg).toContain('vertrouwelijk');
    expect(JSON.stringify(na)).not.toContain('GEHEIM');
  });

  it('a toets on a signal has the LBB’s term but no beslistermijn; the werkvoorraad shows it waiting for the answers', async () => {
    const s = stappenVan('T-2');
    await opdracht(s.start(opSignaal(), '2023-10-02', LANDGRAAF));
    await opdracht(s.eigenOnderzoek('advies-nodig', '2023-10-03'));
    await opdracht(s.adviesAanvraag('2023-10-04'));
    await opdracht(s.vragen('2023-10-10'));
    expect(await termijnen('T-2', '2023-10-11')).toEqual({ 'lbb-advies': { einde: expect.any(String), status: 'opgeschort' } });
    const [toets] = await bibobWerkvoorraad(redis, keyPrefix, { gemeente: LANDGRAAF });
    expect(toets).toMatchObject({ zaakId: 'T-2', status: 'advies-gevraagd', aanleiding: { soort: 'signaal', reden: 'signaal-ondermijning' }, volgendeStap: 'Antwoorden op de vragen van het LBB afwachten' });
    expect(toets.volgendeStappen).toContain('RegistreerAntwoordOpVragenLbb');
    expect(toets.beslistermijn).toBeUndefined();
    expect(JSON.stringify(toets)).not.toContain('b-houder');
  });

  it('reproduces Kerkrade’s rows for 2019 and 2020 as reported on 31 December 2020, and shows what was recorded since', async () => {
    // In Heerlen, so that the toetsen above stay apart. Each toets recorded on its startdatum.
    const HEERLEN = 'GM0917';
    const signalen = ['signaal-ondermijning', 'signaal-ondermijning', 'signaal-ondermijning', 'vastgoedtransactie', 'herbeoordeling-vergunning'] as const;
    const aanvragen = ['exploitatievergunning-horeca', 'alcoholvergunning', 'bijschrijving-leidinggevende'] as const;
    const dag = (jaar: number, i: number) => `${jaar}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    let laatste: GlobalPosition = 0n;
    for (const [jaar, opSignaalAantal, opAanvraagAantal] of [[2019, 42, 31], [2020, 32, 34]] as const) {
      for (let i = 0; i < opSignaalAantal; i++) {
        laatste = await opdracht(stappenVan(`S-${jaar}-${i}`).start(opSignaal(signalen[i % signalen.length]), dag(jaar, i), HEERLEN), { wacht: false });
      }
      for (let i = 0; i < opAanvraagAantal; i++) {
        const startdatum = dag(jaar, i);
        laatste = await opdracht(stappenVan(`A-${jaar}-${i}`).start(opAanvraag(aanvragen[i % aanvragen.length], startdatum), startdatum, HEERLEN), { wacht: false });
      }
    }
    // A running permit revoked on 21 December 2020, recorded that day; and a toets closed without besluit on 22 December.
    const ingetrokken = stappenVan('S-2020-0');
    for (const command of [ingetrokken.eigenOnderzoek('ernstige-mate', '2020-11-20'), ingetrokken.voornemen('2020-11-23', 'intrekken'), ingetrokken.termijnVerstreken('2020-12-08'), ingetrokken.besluit('ingetrokken', '2020-12-21')]) {
      await opdracht(command, { wacht: false });
    }
    laatste = await opdracht(stappenVan('S-2020-1').sluitAf('2020-12-22'), { wacht: false });

    // Recorded after the report of 31 December 2020:
    // - a signal of 20 November 2020 entered on 10 February 2021 (the casus was on paper);
    // - an aanvraag for a bijschrijving leidinggevende of 15 December 2020, entered on 4 January 2021;
    // - an aanvraag of 20 December 2019 found in the post and entered on 10 January 2021;
    // - a besluit taken on 30 December 2020 but recorded on 5 January 2021.
    await opdracht(stappenVan('S-LAAT').start(opSignaal(), '2020-11-20', HEERLEN), { vastgelegdOp: '2021-02-10T09:00:00Z', wacht: false });
    await opdracht(stappenVan('A-LAAT-2020').start(opAanvraag('bijschrijving-leidinggevende', '2020-12-15'), '2020-12-15', HEERLEN), { vastgelegdOp: '2021-01-04T09:00:00Z', wacht: false });
    await opdracht(stappenVan('A-LAAT-2019').start(opAanvraag('alcoholvergunning', '2019-12-20'), '2019-12-20', HEERLEN), { vastgelegdOp: '2021-01-10T09:00:00Z', wacht: false });
    await opdracht(stappenVan('A-2020-0').eigenOnderzoek('geen-gevaar', '2020-12-29'), { wacht: false });
    laatste = await opdracht(stappenVan('A-2020-0').besluit('verleend', '2020-12-30'), { vastgelegdOp: '2021-01-05T09:00:00Z', wacht: false });
    expect(await runner.waitForPosition(laatste, 20_000)).toBe(true);

    const jaar = (j: number, bekendOp?: string) => bibobCijfers(redis, keyPrefix, { gemeente: HEERLEN, van: `${j}-01-01`, tot: `${j}-12-31`, ...(bekendOp === undefined ? {} : { bekendOp }) });
    const rijen = (c: Awaited<ReturnType<typeof jaar>>) => [c.gestart.opSignaal.aantal, c.gestart.opAanvraag.aantal];

    // As reported then: Kerkrade's rows.
    expect(rijen(await jaar(2019, '2020-12-31'))).toEqual([42, 31]);
    expect(rijen(await jaar(2020, '2020-12-31'))).toEqual([32, 34]);
    // As known now: the toetsen recorded late count in the year they were started.
    expect(rijen(await jaar(2019))).toEqual([42, 32]);
    expect(rijen(await jaar(2020))).toEqual([33, 35]);
    expect((await jaar(2019)).gestart.perAanvraagtype.alcoholvergunning.zaakIds).toContain('A-LAAT-2019');
    // Asked again later with the same bekendOp: the same answer.
    expect(await jaar(2020, '2020-12-31')).toEqual(await jaar(2020, '2020-12-31'));

    // The signals by reason add up to the row; the aanvragen by type likewise.
    const nu2020 = await jaar(2020);
    expect(Object.values(nu2020.gestart.perReden).reduce((som, cel) => som + cel.aantal, 0)).toBe(33);
    expect(nu2020.gestart.perReden['vastgoedtransactie'].aantal).toBe(6);
    expect(Object.values(nu2020.gestart.perAanvraagtype).reduce((som, cel) => som + cel.aantal, 0)).toBe(35);
    expect(nu2020.gestart.totaal.aantal).toBe(68);

    // Afgerond in 2020: the besluit of 30 December counts there once it is recorded; as reported then it was not known.
    expect((await jaar(2020, '2020-12-31')).afgerond).toEqual({ metBesluit: { aantal: 1, zaakIds: ['S-2020-0'] }, zonderBesluit: { aantal: 1, zaakIds: ['S-2020-1'] }, totaal: { aantal: 2, zaakIds: ['S-2020-0', 'S-2020-1'] } });
    expect(nu2020.afgerond.metBesluit).toEqual({ aantal: 2, zaakIds: ['A-2020-0', 'S-2020-0'] });
    expect(nu2020.uitkomsten).toMatchObject({ verleend: { aantal: 1 }, ingetrokken: { aantal: 1 }, geweigerd: { aantal: 0 }, totaal: { aantal: 2 } });
    // Kerkrade's figures are Kerkrade's own: Heerlen's toetsen are not in them.
    expect((await bibobCijfers(redis, keyPrefix, { gemeente: KERKRADE, van: '2020-01-01', tot: '2020-12-31' })).gestart.totaal.aantal).toBe(0);
  });

  it('is disposable: a rebuild one event per batch gives the same answers', async () => {
    const anderPrefix = `${keyPrefix}rebuild:`;
    const herbouw = new ProjectionRunner({ eventStore: store, redis, projections: [deadlinesProjectie, bibobCijfersProjectie, bibobWerkvoorraadProjectie], keyPrefix: anderPrefix, logger: stil, batchSize: 1 });
    await herbouw.start();
    try {
      const head = (await runner.status()).map((s) => s.head).reduce((a, b) => (a > b ? a : b));
      expect(await herbouw.waitForPosition(head, 20_000)).toBe(true);
      const vraag = { gemeente: 'GM0917', van: '2019-01-01', tot: '2020-12-31' };
      expect(await bibobCijfers(redis, anderPrefix, vraag)).toEqual(await bibobCijfers(redis, keyPrefix, vraag));
      expect(await bibobWerkvoorraad(redis, anderPrefix, { gemeente: LANDGRAAF })).toEqual(await bibobWerkvoorraad(redis, keyPrefix, { gemeente: LANDGRAAF }));
      expect(await deadlinesVanZaak(redis, anderPrefix, bibobStreamId('T-1'), '2023-12-01')).toEqual(await deadlinesVanZaak(redis, keyPrefix, bibobStreamId('T-1'), '2023-12-01'));
    } finally {
      await herbouw.stop();
    }
  });
});

