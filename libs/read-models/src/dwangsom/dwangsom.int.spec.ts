import { describeWith, redisForTests } from '@handhaving/testing';
import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider, dwangsomStreamId, type DwangsomCommand } from '@handhaving/domain-dwangsom';
import { EmbeddedEventStore } from '@handhaving/event-store';
import { deleteKeysWithPrefix, ProjectionRunner, type ProjectionLogger } from '@handhaving/projections';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deadlinesProjectie } from '../contexten';
import { deadlines, deadlinesVanZaak } from '../termijnen/deadline-vragen';
import { dwangsomCijfersProjectie } from './dwangsom-cijfers.projection';
import { dwangsomCijfers } from './dwangsom-cijfers.vragen';
import { dwangsomOpenstaandProjectie } from './openstaand.projection';
import { openstaandeBedragen } from './openstaand.vragen';

jest.setTimeout(60_000);

const redisUrl = redisForTests('dwangsom read models integration tests');
const describeWithRedis = describeWith(redisUrl);
const stil: ProjectionLogger = { info: () => undefined, warn: console.warn, error: console.error };

const KERKRADE = 'GM0928';
const LANDGRAAF = 'GM0882';

/*
 * A year of a street dealer under a preventieve last in Kerkrade (D-1): € 2.500 per overtreding,
 * at most € 25.000, in force one year from Wednesday 13 January 2021. Caught once a month from
 * February to November: ten forfeitures, the tenth reaching the maximum. Every invorderings-
 * beschikking goes out a week later — except for the fourth (12 May 2021), which is forgotten.
 * Its verjaring ends Thursday 12 May 2022 (art. 5:35 Awb, not extended).
 */
const VERBEURD_OP = ['2021-02-10', '2021-03-10', '2021-04-14', '2021-05-12', '2021-06-09', '2021-07-14', '2021-08-11', '2021-09-08', '2021-10-13', '2021-11-10'];

describeWithRedis('dwangsom read models in Redis, fed by the embedded event store through the decider', () => {
  let redis: Redis;
  let store: EmbeddedEventStore;
  let runner: ProjectionRunner;
  let dataDir: string;
  let keyPrefix: string;
  let naEersteZaak: string;

  /** Decides a command on its case as the API would (read, fold, decide, append) and waits for the read models. */
  async function opdracht(gemeente: string, command: DwangsomCommand): Promise<void> {
    const streamId = dwangsomStreamId(command.zaakId);
    const recorded = await store.readStream(streamId);
    const state = fold(
      dwangsomDecider,
      recorded.map((e) => ({ ...(e.data as object), type: e.type }) as never),
    );
    const events = dwangsomDecider.decide(command, state);
    const result = await store.appendToStream(
      streamId,
      events.map(({ type, ...data }) => ({ type, data })),
      { expectedRevision: recorded.length === 0 ? 'no-stream' : recorded.length - 1, metadata: { gemeente, userId: command.door } },
    );
    expect(await runner.waitForPosition(result.lastPosition, 10_000)).toBe(true);
  }

  const stap = (zaakId: string, datum: string) => ({ zaakId, datum, door: 'mw-jur' });

  beforeAll(async () => {
    redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 3 });
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-dwangsom-'));
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20 });
    keyPrefix = `hhtest:dwangsom:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    runner = new ProjectionRunner({
      eventStore: store,
      redis,
      projections: [deadlinesProjectie, dwangsomCijfersProjectie, dwangsomOpenstaandProjectie],
      keyPrefix,
      logger: stil,
    });
    await runner.start();

    // D-1: the dealer's year.
    await opdracht(KERKRADE, {
      type: 'OpenDwangsomzaak',
      ...stap('D-1', '2020-12-01'),
      gemeente: KERKRADE,
      grondslag: { soort: 'apv', artikel: 'art. 2:74a APV Kerkrade' },
      overtrederId: 'b-dealer',
      overtreding: 'handel in drugs op straat',
      constateringsdatum: '2020-11-28',
      thema: 'drugshandel',
    });
    await opdracht(KERKRADE, { type: 'VerzendVoornemen', ...stap('D-1', '2020-12-02'), verzenddatum: '2020-12-02', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true } });
    await opdracht(KERKRADE, { type: 'StelVastDatZienswijzetermijnVerstreken', ...stap('D-1', '2020-12-17') });
    await opdracht(KERKRADE, {
      type: 'LegLastOp',
      ...stap('D-1', '2021-01-13'),
      vorm: { soort: 'preventieve-last', looptijd: { lengte: { aantal: 1, eenheid: 'jaren' } } },
      bedrag: { soort: 'per-overtreding', bedragCent: 250_000 },
      maximumCent: 2_500_000,
      bekendmakingsdatum: '2021-01-13',
    });
    for (const [i, dag] of VERBEURD_OP.entries()) {
      await opdracht(KERKRADE, { type: 'RegistreerControle', ...stap('D-1', dag), controledatum: dag, uitkomst: { soort: 'overtreding', van: dag, omschrijving: 'dealen gezien door BOA' } });
      if (i === 3) continue; // the forgotten one
      const bekendmaking = plusWeek(dag);
      await opdracht(KERKRADE, { type: 'VerzendInvorderingsbeschikking', ...stap('D-1', bekendmaking), verbeuring: i + 1, bekendmakingsdatum: bekendmaking });
    }
    // Paid: the first in full (1 March), € 1.000 of the second (1 April).
    await opdracht(KERKRADE, { type: 'RegistreerBetaling', ...stap('D-1', '2021-03-01'), invordering: 1, bedragCent: 250_000, betaaldatum: '2021-03-01' });
    await opdracht(KERKRADE, { type: 'RegistreerBetaling', ...stap('D-1', '2021-04-01'), invordering: 2, bedragCent: 100_000, betaaldatum: '2021-04-01' });
    await new Promise((r) => setTimeout(r, 5));
    naEersteZaak = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));

    // D-2: illegal room rental, herstellast € 500 per day up to € 20.000, made known Wednesday 3 March 2021:
    // begunstiging 4 weeks through 31 March, bezwaar through 14 April.
    await opdracht(KERKRADE, {
      type: 'OpenDwangsomzaak',
      ...stap('D-2', '2021-02-01'),
      gemeente: KERKRADE,
      grondslag: { soort: 'huisvestingswet' },
      overtrederId: 'b-verhuurder',
      overtreding: 'kamerverhuur zonder vergunning',
      constateringsdatum: '2021-01-20',
      thema: 'kamerverhuur',
    });
    await opdracht(KERKRADE, { type: 'VerzendVoornemen', ...stap('D-2', '2021-02-03'), verzenddatum: '2021-02-03', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true } });
    await opdracht(KERKRADE, { type: 'RegistreerZienswijze', ...stap('D-2', '2021-02-10'), wijze: 'schriftelijk' });
    await opdracht(KERKRADE, {
      type: 'LegLastOp',
      ...stap('D-2', '2021-03-03'),
      vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
      maximumCent: 2_000_000,
      bekendmakingsdatum: '2021-03-03',
    });
    // 1 through 14 April: 14 days, € 7.000.
    await opdracht(KERKRADE, {
      type: 'RegistreerControle',
      ...stap('D-2', '2021-04-14'),
      controledatum: '2021-04-14',
      uitkomst: { soort: 'overtreding', van: '2021-04-01', totEnMet: '2021-04-14', omschrijving: 'nog vier kamers verhuurd' },
    });
    await opdracht(KERKRADE, { type: 'VerzendInvorderingsbeschikking', ...stap('D-2', '2021-04-20'), verbeuring: 1, bekendmakingsdatum: '2021-04-20' });
    await opdracht(KERKRADE, { type: 'RegistreerBezwaar', ...stap('D-2', '2021-04-20'), tegen: { besluit: 'last' }, ontvangstdatum: '2021-04-20' });
    await opdracht(KERKRADE, { type: 'RegistreerBezwaar', ...stap('D-2', '2021-04-25'), tegen: { besluit: 'invorderingsbeschikking', invordering: 1 }, ontvangstdatum: '2021-04-25' });
    await opdracht(KERKRADE, {
      type: 'NeemBeslissingOpBezwaar',
      ...stap('D-2', '2021-05-20'),
      tegen: { besluit: 'invorderingsbeschikking', invordering: 1 },
      uitkomst: 'gegrond',
      bekendmakingsdatum: '2021-05-20',
    });

    // D-3 in Landgraaf: a last only, so gemeenten stay apart.
    await opdracht(LANDGRAAF, {
      type: 'OpenDwangsomzaak',
      ...stap('D-3', '2021-02-01'),
      gemeente: LANDGRAAF,
      grondslag: { soort: 'gemeentewet-151d' },
      overtrederId: 'b-buur',
      overtreding: 'ernstige woonoverlast',
      constateringsdatum: '2021-01-10',
      thema: 'woonoverlast',
    });
    await opdracht(LANDGRAAF, {
      type: 'LegLastOp',
      ...stap('D-3', '2021-02-01'),
      vorm: { soort: 'preventieve-last' },
      bedrag: { soort: 'per-overtreding', bedragCent: 100_000 },
      maximumCent: 500_000,
      bekendmakingsdatum: '2021-02-01',
      spoedeisend: { motivering: 'acuut gevaar voor de buren' },
    });
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

  describe('the year in which one invordering was missed', () => {
    it('the deadline list flags the forgotten verjaring in time, with the policy’s reminders’ soort and an explanation', async () => {
      // Four weeks ahead (about 20 werkdagen, the policy's first reminder) it is lopend and due in the window.
      const vooraf = await deadlines(redis, keyPrefix, { gemeente: KERKRADE, van: '2022-04-14', tot: '2022-05-31', peildatum: '2022-04-14', status: 'lopend' });
      expect(vooraf.map((d) => [d.id, d.soort, d.einde, d.status])).toEqual([['dwangsom-D-1.verjaring-dwangsom.verbeuring-4', 'verjaring-dwangsom', '2022-05-12', 'lopend']]);
      expect(vooraf[0]).toMatchObject({ context: 'dwangsom', zaakId: 'D-1', gemeente: KERKRADE, medewerker: 'mw-jur', betreft: 'verbeuring 4: € 2.500,00 verbeurd op 2021-05-12' });
      expect(vooraf[0].uitleg).toContain('5:35');
      expect(vooraf[0].uitleg).toContain('uiterlijk 2022-05-12');
      // The other nine were claimed in time: their verjaring is voldaan.
      const zaak = await deadlinesVanZaak(redis, keyPrefix, 'dwangsom-D-1', '2022-04-14');
      const verjaringen = zaak.filter((d) => d.soort === 'verjaring-dwangsom');
      expect(verjaringen).toHaveLength(10);
      expect(verjaringen.filter((d) => d.status === 'voldaan')).toHaveLength(9);
      // The day after, it is verstreken.
      const [daarna] = await deadlines(redis, keyPrefix, { gemeente: KERKRADE, van: '2022-05-12', tot: '2022-05-12', peildatum: '2022-05-13' });
      expect(daarna.status).toBe('verstreken');
    });

    it('the decider refuses the invorderingsbeschikking the day after the verjaring', async () => {
      await expect(opdracht(KERKRADE, { type: 'VerzendInvorderingsbeschikking', ...stap('D-1', '2022-05-13'), verbeuring: 4, bekendmakingsdatum: '2022-05-13' })).rejects.toMatchObject({
        rule: 'dwangsom/verbeurde-dwangsom-verjaard',
      });
    });

    it('the figures show it verjaard in 2022 once the day has come: € 2.500 lost', async () => {
      const jaar2022 = (peildatum: string) => dwangsomCijfers(redis, keyPrefix, { gemeente: KERKRADE, van: '2022-01-01', tot: '2022-12-31', peildatum });
      expect((await jaar2022('2022-05-12')).verjaard).toEqual({ aantal: 0, bedragCent: 0, zaakIds: [] });
      expect((await jaar2022('2022-05-13')).verjaard).toEqual({ aantal: 1, bedragCent: 250_000, zaakIds: ['D-1'] });
    });

    it('the outstanding amounts show what to claim before the verjaring, then what was lost', async () => {
      const [voor] = await openstaandeBedragen(redis, keyPrefix, { gemeente: KERKRADE, overtrederId: 'b-dealer', peildatum: '2022-04-14' });
      // Nine beschikkingen of € 2.500 = € 22.500, € 3.500 paid: € 19.000 open.
      expect(voor).toMatchObject({ overtrederId: 'b-dealer', openstaandCent: 1_900_000, betaaldCent: 350_000, nogInTeVorderenCent: 250_000, verjaardCent: 0, eerstvolgendeVerjaring: '2022-05-12' });
      const [na] = await openstaandeBedragen(redis, keyPrefix, { gemeente: KERKRADE, overtrederId: 'b-dealer', peildatum: '2022-05-13' });
      expect(na).toMatchObject({ openstaandCent: 1_900_000, nogInTeVorderenCent: 0, verjaardCent: 250_000 });
      expect(na.eerstvolgendeVerjaring).toBeUndefined();
    });
  });

  it('figures for Kerkrade 2021 match the hand count', async () => {
    const c = await dwangsomCijfers(redis, keyPrefix, { gemeente: KERKRADE, van: '2021-01-01', tot: '2021-12-31', peildatum: '2022-06-01' });
    expect(c.lastenOpgelegd.apv).toEqual({ aantal: 1, zaakIds: ['D-1'] });
    expect(c.lastenOpgelegd.huisvestingswet).toEqual({ aantal: 1, zaakIds: ['D-2'] });
    expect(c.lastenOpgelegd['gemeentewet-151d'].aantal).toBe(0);
    expect(c.lastenOpgelegd.totaal).toEqual({ aantal: 2, zaakIds: ['D-1', 'D-2'] });
    expect(c.lastenAanDrugsdealers).toEqual({ aantal: 1, zaakIds: ['D-1'] });
    // Ten forfeitures of € 2.500 (D-1) and one of 14 days × € 500 (D-2): 11, € 32.000.
    expect(c.verbeuringen).toEqual({ aantal: 11, bedragCent: 3_200_000, zaakIds: ['D-1', 'D-2'] });
    // € 2.500 + € 1.000 paid by the dealer.
    expect(c.geind).toEqual({ aantal: 2, bedragCent: 350_000, zaakIds: ['D-1'] });
    expect(c.lastenUitgeput).toEqual({ aantal: 1, zaakIds: ['D-1'] });
    // The missed one verjaarde in 2022, not 2021.
    expect(c.verjaard.aantal).toBe(0);
    // D-2's objection against the last came after 14 April: late; the one against its beschikking in time.
    expect(c.bezwaren).toEqual({ tegenLast: { aantal: 1, zaakIds: ['D-2'] }, tegenInvordering: { aantal: 1, zaakIds: ['D-2'] }, laat: { aantal: 1, zaakIds: ['D-2'] } });

    const landgraaf = await dwangsomCijfers(redis, keyPrefix, { gemeente: LANDGRAAF, van: '2021-01-01', tot: '2021-12-31', peildatum: '2022-06-01' });
    expect(landgraaf.lastenOpgelegd.totaal).toEqual({ aantal: 1, zaakIds: ['D-3'] });
    expect(landgraaf.lastenOpgelegd['gemeentewet-151d'].aantal).toBe(1);
    expect(landgraaf.verbeuringen.aantal).toBe(0);
  });

  it('as known on a moment before the room-rental case was recorded, the figures leave it out', async () => {
    const c = await dwangsomCijfers(redis, keyPrefix, { gemeente: KERKRADE, van: '2021-01-01', tot: '2021-12-31', peildatum: '2022-06-01', bekendOp: naEersteZaak });
    expect(c.lastenOpgelegd.totaal).toEqual({ aantal: 1, zaakIds: ['D-1'] });
    expect(c.verbeuringen).toEqual({ aantal: 10, bedragCent: 2_500_000, zaakIds: ['D-1'] });
    expect(c.bezwaren.tegenLast.aantal).toBe(0);
  });

  it('the room-rental case: begunstigingstermijn for the hercontrole, bezwaartermijnen of the last and of the beschikking, the herroepen beschikking owes nothing', async () => {
    const zaak = await deadlinesVanZaak(redis, keyPrefix, 'dwangsom-D-2', '2021-06-01');
    expect(zaak.map((d) => [d.id, d.einde, d.status])).toEqual([
      ['dwangsom-D-2.zienswijzetermijn', '2021-02-17', 'voldaan'],
      ['dwangsom-D-2.begunstigingstermijn', '2021-03-31', 'voldaan'],
      ['dwangsom-D-2.bezwaartermijn', '2021-04-14', 'verstreken'],
      ['dwangsom-D-2.verjaring-dwangsom.verbeuring-1', '2022-04-01', 'voldaan'],
      ['dwangsom-D-2.bezwaartermijn.invordering-1', '2021-06-01', 'lopend'],
      // The objection against the last is still undecided on 1 June: its beslistermijn passed.
      ['dwangsom-D-2.beslistermijn-bezwaar', '2021-05-26', 'verstreken'],
      ['dwangsom-D-2.beslistermijn-bezwaar.invordering-1', '2021-07-13', 'voldaan'],
      ['dwangsom-D-2.beroepstermijn.invordering-1', '2021-07-01', 'lopend'],
    ].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])));
    const begunstiging = zaak.find((d) => d.soort === 'begunstigingstermijn');
    expect(begunstiging?.uitleg).toContain('plan de hercontrole');
    expect(begunstiging?.afgeslotenDoor).toMatchObject({ event: 'OvertredingGeconstateerd', reden: 'hercontrole uitgevoerd op 2021-04-14' });
    const [verhuurder] = await openstaandeBedragen(redis, keyPrefix, { gemeente: KERKRADE, overtrederId: 'b-verhuurder', peildatum: '2021-06-01' });
    expect(verhuurder).toBeUndefined();
  });

  it('a period of 306 days per dag verjaart day by day (art. 5:35 Awb): the beschikking of 15 March 2022 claims € 29.200, € 1.400 is lost', async () => {
    // In Heerlen, so Kerkrade's hand count above stays as it is. € 100 a day; the begunstigingstermijn
    // ended Friday 26 February 2021; one controle on 31 December found 1 March through 31 December:
    // 306 days, € 30.600.
    const HEERLEN = 'GM0917';
    await opdracht(HEERLEN, {
      type: 'OpenDwangsomzaak',
      ...stap('D-4', '2020-12-01'),
      gemeente: HEERLEN,
      grondslag: { soort: 'huisvestingswet' },
      overtrederId: 'b-kamers',
      overtreding: 'kamerverhuur zonder vergunning',
      constateringsdatum: '2020-11-25',
      thema: 'kamerverhuur',
    });
    await opdracht(HEERLEN, { type: 'VerzendVoornemen', ...stap('D-4', '2020-12-02'), verzenddatum: '2020-12-02', zienswijzetermijn: { einde: '2020-12-16' } });
    await opdracht(HEERLEN, { type: 'StelVastDatZienswijzetermijnVerstreken', ...stap('D-4', '2020-12-17') });
    await opdracht(HEERLEN, {
      type: 'LegLastOp',
      ...stap('D-4', '2021-01-13'),
      vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-02-26' } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 10_000 },
      maximumCent: 5_000_000,
      bekendmakingsdatum: '2021-01-13',
    });
    await opdracht(HEERLEN, {
      type: 'RegistreerControle',
      ...stap('D-4', '2021-12-31'),
      controledatum: '2021-12-31',
      uitkomst: { soort: 'overtreding', van: '2021-03-01', totEnMet: '2021-12-31', omschrijving: 'nog steeds kamers verhuurd' },
    });
    const openstaand = async (peildatum: string) => (await openstaandeBedragen(redis, keyPrefix, { gemeente: HEERLEN, overtrederId: 'b-kamers', peildatum }))[0];
    // Through 1 March 2022 nothing is lost; the first day to act by is 1 March 2022.
    expect(await openstaand('2022-03-01')).toMatchObject({ nogInTeVorderenCent: 3_060_000, verjaardCent: 0, eerstvolgendeVerjaring: '2022-03-01' });
    // On 15 March 2022 the days 1–14 March 2021 are lost (€ 1.400); 15 March 2021 can still be claimed today.
    expect(await openstaand('2022-03-15')).toMatchObject({ nogInTeVorderenCent: 2_920_000, verjaardCent: 140_000, eerstvolgendeVerjaring: '2022-03-15' });
    const [verjaring] = (await deadlinesVanZaak(redis, keyPrefix, 'dwangsom-D-4', '2022-02-01')).filter((d) => d.soort === 'verjaring-dwangsom');
    expect(verjaring).toMatchObject({ einde: '2022-03-01', status: 'lopend', betreft: 'verbeuring 1: € 30.600,00 verbeurd van 2021-03-01 tot en met 2021-12-31' });
    expect(verjaring.uitleg).toContain('de laatste na 2022-12-31');

    await opdracht(HEERLEN, { type: 'VerzendInvorderingsbeschikking', ...stap('D-4', '2022-03-15'), verbeuring: 1, bekendmakingsdatum: '2022-03-15' });
    const na = await openstaand('2023-06-01');
    expect(na).toMatchObject({ openstaandCent: 2_920_000, nogInTeVorderenCent: 0, verjaardCent: 140_000 });
    expect(na.eerstvolgendeVerjaring).toBeUndefined();
    const [gesloten] = (await deadlinesVanZaak(redis, keyPrefix, 'dwangsom-D-4', '2022-03-15')).filter((d) => d.soort === 'verjaring-dwangsom');
    expect(gesloten.status).toBe('voldaan');
    expect(gesloten.afgeslotenDoor?.reden).toContain('2021-03-01 tot en met 2021-03-14 (€ 1.400,00) was al verjaard');
    // The figures: € 30.600 forfeited in 2021; € 1.400 lost in 2022 (2–15 March), none in 2021.
    const jaar = (van: string, tot: string) => dwangsomCijfers(redis, keyPrefix, { gemeente: HEERLEN, van, tot, peildatum: '2023-06-01' });
    const in2021 = await jaar('2021-01-01', '2021-12-31');
    expect(in2021.verbeuringen).toEqual({ aantal: 1, bedragCent: 3_060_000, zaakIds: ['D-4'] });
    expect(in2021.verjaard.bedragCent).toBe(0);
    expect((await jaar('2022-01-01', '2022-12-31')).verjaard).toEqual({ aantal: 1, bedragCent: 140_000, zaakIds: ['D-4'] });
    // Counted by the day each unit is lost: 2–8 March 2022 holds the days forfeited 1–7 March 2021.
    expect((await jaar('2022-03-02', '2022-03-08')).verjaard.bedragCent).toBe(70_000);
  });

  it('dwangsommen aan drugsdealers counts lasten with thema drugshandel, not a last under art. 13b Opiumwet against a pand’s owner', async () => {
    // In Maastricht: a street dealer (APV), a pand started from Damocles as the process now records
    // it (drugspand), and one recorded before that thema existed (drugshandel on art. 13b Opiumwet).
    const MAASTRICHT = 'GM0935';
    const zaken = [
      { zaakId: 'D-5', grondslag: { soort: 'apv', artikel: 'art. 2:74a APV Maastricht' }, thema: 'drugshandel' },
      { zaakId: 'D-6', grondslag: { soort: 'opiumwet-13b' }, thema: 'drugspand', herkomst: { context: 'damocles', zaakId: 'dam-1' } },
      { zaakId: 'D-7', grondslag: { soort: 'opiumwet-13b' }, thema: 'drugshandel', herkomst: { context: 'damocles', zaakId: 'dam-2' } },
    ] as const;
    for (const z of zaken) {
      await opdracht(MAASTRICHT, { type: 'OpenDwangsomzaak', ...stap(z.zaakId, '2021-02-01'), gemeente: MAASTRICHT, overtrederId: `b-${z.zaakId}`, overtreding: 'drugs', constateringsdatum: '2021-01-25', ...z });
      await opdracht(MAASTRICHT, {
        type: 'LegLastOp',
        ...stap(z.zaakId, '2021-02-03'),
        vorm: { soort: 'preventieve-last' },
        bedrag: { soort: 'per-overtreding', bedragCent: 250_000 },
        maximumCent: 1_000_000,
        bekendmakingsdatum: '2021-02-03',
        spoedeisend: { motivering: 'handel bij een school' },
      });
    }
    const c = await dwangsomCijfers(redis, keyPrefix, { gemeente: MAASTRICHT, van: '2021-01-01', tot: '2021-12-31', peildatum: '2022-01-01' });
    expect(c.lastenOpgelegd.totaal).toEqual({ aantal: 3, zaakIds: ['D-5', 'D-6', 'D-7'] });
    expect(c.lastenAanDrugsdealers).toEqual({ aantal: 1, zaakIds: ['D-5'] });
  });

  it('lists every overtreder of a gemeente, largest amount first, and nobody of another gemeente', async () => {
    const lijst = await openstaandeBedragen(redis, keyPrefix, { gemeente: KERKRADE, peildatum: '2022-04-14' });
    expect(lijst.map((o) => o.overtrederId)).toEqual(['b-dealer']);
    expect(await openstaandeBedragen(redis, keyPrefix, { gemeente: LANDGRAAF, peildatum: '2022-04-14' })).toEqual([]);
  });

  it('is disposable: a rebuild one event per batch gives the same answers', async () => {
    const anderPrefix = `${keyPrefix}rebuild:`;
    const herbouw = new ProjectionRunner({
      eventStore: store,
      redis,
      projections: [deadlinesProjectie, dwangsomCijfersProjectie, dwangsomOpenstaandProjectie],
      keyPrefix: anderPrefix,
      logger: stil,
      batchSize: 1,
    });
    await herbouw.start();
    try {
      const status = await runner.status();
      const head = status.map((s) => s.head).reduce((a, b) => (a > b ? a : b));
      expect(await herbouw.waitForPosition(head, 10_000)).toBe(true);
      const vraag = { gemeente: KERKRADE, van: '2021-01-01', tot: '2022-12-31', peildatum: '2022-06-01' };
      expect(await dwangsomCijfers(redis, anderPrefix, vraag)).toEqual(await dwangsomCijfers(redis, keyPrefix, vraag));
      expect(await openstaandeBedragen(redis, anderPrefix, vraag)).toEqual(await openstaandeBedragen(redis, keyPrefix, vraag));
      expect(await deadlines(redis, anderPrefix, vraag)).toEqual(await deadlines(redis, keyPrefix, vraag));
      expect(await deadlinesVanZaak(redis, anderPrefix, 'dwangsom-D-1', '2022-06-01')).toEqual(await deadlinesVanZaak(redis, keyPrefix, 'dwangsom-D-1', '2022-06-01'));
    } finally {
      await herbouw.stop();
    }
  });
});

function plusWeek(datum: string): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}
