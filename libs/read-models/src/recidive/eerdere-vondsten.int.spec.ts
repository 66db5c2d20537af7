import { damoclesContext, type DamoclesEvent } from '@handhaving/domain-damocles';
import { dwangsomContext, type DwangsomEvent } from '@handhaving/domain-dwangsom';
import { flexteamcontroleContext, type ControleEvent } from '@handhaving/domain-flexteam';
import { kamerverhuurtrajectContext, type TrajectEvent } from '@handhaving/domain-kamerverhuur';
import { pandKoppelingStreamId, type AdresAanPandGekoppeld } from '@handhaving/domain-panden';
import { pandSleutel, type Pand, type PandAdres } from '@handhaving/domain-shared';
import { EmbeddedEventStore } from '@handhaving/event-store';
import { RECIDIVE_BEVINDINGEN, type RecidiveBeleid } from '@handhaving/policy';
import { deleteKeysWithPrefix, ProjectionRunner, type ProjectionLogger } from '@handhaving/projections';
import { describeWith, redisForTests } from '@handhaving/testing';
import fc from 'fast-check';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KERKRADE, rapportage } from '../damocles/test-support/damocles-events';
import { eerdereVondstenProjectie } from './eerdere-vondsten.projection';
import { eerdereVondsten, type EerdereVondstenVraag } from './eerdere-vondsten.vragen';
import { adres, constatering, controle, dwangsomzaak } from './test-support/vondsten';

jest.setTimeout(120_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('recidive.eerdere-vondsten.v1 integration tests');
const stil: ProjectionLogger = { info: () => undefined, warn: console.warn, error: console.error };
const describeWithRedis = describeWith(redisUrl);

const ALLES: RecidiveBeleid = { contexten: ['flexteam', 'kamerverhuur', 'dwangsom'], flexteamBevindingen: ['drugs-aangetroffen', 'kamerverhuur'], ookPerBetrokkene: true };
const ALLEEN_DAMOCLES: RecidiveBeleid = { contexten: [], ookPerBetrokkene: false };
const PAND_12 = pandSleutel(adres(12));

type Stap = readonly [string, DamoclesEvent | TrajectEvent | DwangsomEvent | ControleEvent];
const damocles = (event: DamoclesEvent): Stap => [damoclesContext.streamId(event.zaakId), event];
const traject = (event: TrajectEvent): Stap => [kamerverhuurtrajectContext.streamId(event.zaakId), event];
const dwangsom = (event: DwangsomEvent): Stap => [dwangsomContext.streamId(event.zaakId), event];
const flexteam = (event: ControleEvent): Stap => [flexteamcontroleContext.streamId(event.zaakId), event];

/** E + N months, the day number kept or clamped to the month's last day: the window rule written out apart (as in recidive-venster.spec.ts). */
function plusMaanden(datum: string, maanden: number): string {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  const doel = new Date(Date.UTC(jaar, maand - 1 + maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(dag, laatste));
  return doel.toISOString().slice(0, 10);
}

describeWithRedis('recidive.eerdere-vondsten.v1 in Redis, fed by the embedded event store', () => {
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
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-eerdere-vondsten-'));
    nu = new Date('2021-06-01T10:00:00Z');
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20, clock: { now: () => nu } });
    keyPrefix = `hhtest:eerdere-vondsten:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    runner = new ProjectionRunner({ eventStore: store, redis, projections: [eerdereVondstenProjectie], keyPrefix, logger: stil });
    await runner.start();
  });

  afterEach(async () => {
    await runner.stop();
    await store.close();
    await deleteKeysWithPrefix(redis, keyPrefix);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Appends each step to its case's stream, recorded at `op`, and waits until the projection has them. */
  async function vastleggen(op: string, ...stappen: Stap[]): Promise<void> {
    nu = new Date(op);
    let laatste = 0n;
    for (const [streamId, { type, ...data }] of stappen) {
      const result = await store.appendToStream(streamId, [{ type, data }], { expectedRevision: 'any', metadata: { gemeente: KERKRADE, userId: 'mw-1' } });
      laatste = result.lastPosition;
    }
    expect(await runner.waitForPosition(laatste, 10_000)).toBe(true);
  }

  const vraag = (extra: Partial<EerdereVondstenVraag> = {}) =>
    eerdereVondsten(redis, keyPrefix, {
      gemeente: KERKRADE,
      pandSleutel: PAND_12,
      datum: '2021-05-20',
      recidiveTermijnMaanden: 36,
      vondstenZonderMaatregelTellenMee: false,
      recidive: ALLES,
      ...extra,
    });
  const zaken = async (extra: Partial<EerdereVondstenVraag> = {}) => {
    const { eerdereVondsten: perContext } = await vraag(extra);
    return Object.values(perContext).flatMap((vondsten) => vondsten.map((v) => `${v.context}:${v.zaakId}`));
  };

  it('finds of four contexts on one pand: what counts under a policy that counts them, and under one that counts Damocles only', async () => {
    await vastleggen(
      '2020-09-12T09:00:00Z',
      flexteam(controle('C-1', '2020-09-10', [{ nr: 12, bevindingen: ['drugs-aangetroffen'] }, { nr: 14, bevindingen: ['overlast'] }])),
      damocles({ ...rapportage('Z-1', 12, '2020-09-10', '2020-09-12', ['harddrugs']), bron: { context: 'flexteam', zaakId: 'C-1' } }),
      traject(constatering('T-1', 12, '2019-03-01', 'B-1')),
      dwangsom(dwangsomzaak('D-1', '2020-09-10', 'B-2', { context: 'damocles', zaakId: 'Z-1' })),
      // 2018-05-19 + 36 months = 2021-05-19: before 2021-05-20, out of the window.
      traject(constatering('T-OUD', 12, '2018-05-19', 'B-1')),
      // Only overlast at number 14, and another pand: neither counts here.
      traject(constatering('T-14', 14, '2020-01-01', 'B-3')),
    );

    const antwoord = await vraag();
    expect(antwoord.venster).toEqual({ van: '2018-05-20', tot: '2021-05-19' });
    expect(antwoord.contexten).toEqual(['damocles', 'flexteam', 'kamerverhuur', 'dwangsom']);
    expect(antwoord.eerdereVondsten).toEqual({
      damocles: [
        {
          context: 'damocles',
          zaakId: 'Z-1',
          soort: 'harddrugs',
          constateringsdatum: '2020-09-10',
          afloop: 'lopend',
          vastgelegdOp: '2020-09-12T09:00:00.000Z',
          pandSleutel: PAND_12,
          gronden: ['pand'],
          vervolgVan: { context: 'flexteam', zaakId: 'C-1' },
        },
      ],
      flexteam: [expect.objectContaining({ zaakId: 'C-1', soort: 'drugs-aangetroffen', constateringsdatum: '2020-09-10', gronden: ['pand'] })],
      kamerverhuur: [expect.objectContaining({ zaakId: 'T-1', soort: 'kamerverhuur', constateringsdatum: '2019-03-01' })],
      dwangsom: [expect.objectContaining({ zaakId: 'D-1', soort: 'drugspand', pandSleutel: PAND_12, vervolgVan: { context: 'damocles', zaakId: 'Z-1' } })],
    });
    // The control's find, its Damocles case and that case's dwangsom case are one find; the traject another.
    expect(antwoord.aantal).toBe(2);

    // Damocles only (a policy version without the section): the Damocles case, nothing else, as before.
    const damoclesAlleen = await vraag({ recidive: ALLEEN_DAMOCLES });
    expect(damoclesAlleen.contexten).toEqual(['damocles']);
    expect(await zaken({ recidive: ALLEEN_DAMOCLES })).toEqual(['damocles:Z-1']);
    expect(damoclesAlleen.eerdereVondsten.damocles[0].vervolgVan).toBeUndefined();
    expect(damoclesAlleen.aantal).toBe(1);
    // A flexteam visit counts only for the findings the policy names.
    expect(await zaken({ recidive: { ...ALLES, flexteamBevindingen: ['overlast'] } })).toEqual(['damocles:Z-1', 'kamerverhuur:T-1', 'dwangsom:D-1']);
    // Under a 24-month window the traject of 2019-03-01 is out (2019-03-01 + 24 months = 2021-03-01).
    expect(await zaken({ recidiveTermijnMaanden: 24 })).toEqual(['damocles:Z-1', 'flexteam:C-1', 'dwangsom:D-1']);
    // Another gemeente's question sees none of it.
    expect(await zaken({ gemeente: 'GM0882' })).toEqual([]);
  });

  it('per betrokkene only where the policy says so; a betrokkene corrected away counts as known before the correction, not after', async () => {
    await vastleggen(
      '2020-06-01T09:00:00Z',
      traject(constatering('T-ELDERS', 40, '2020-01-10', 'B-1')),
      dwangsom(dwangsomzaak('D-ZONDER-PAND', '2020-02-10', 'B-1')),
      damocles({ ...rapportage('Z-ELDERS', 50, '2020-03-10', '2020-03-12', ['softdrugs']), betrokkenen: [{ betrokkeneId: 'B-1', rol: 'eigenaar' }] }),
    );
    expect(await zaken({ betrokkeneId: 'B-1', recidive: { ...ALLES, ookPerBetrokkene: false } })).toEqual([]);
    const antwoord = await vraag({ betrokkeneId: 'B-1' });
    expect(antwoord.perBetrokkene).toBe(true);
    // Per context (Damocles first), each found by the betrokkene alone: none lies in the pand asked about.
    expect(Object.values(antwoord.eerdereVondsten).flat().map((v) => [v.zaakId, v.gronden])).toEqual([
      ['Z-ELDERS', ['betrokkene']],
      ['T-ELDERS', ['betrokkene']],
      ['D-ZONDER-PAND', ['betrokkene']],
    ]);

    await vastleggen(
      '2021-02-01T09:00:00Z',
      damocles({
        type: 'FeitenGecorrigeerd',
        zaakId: 'Z-ELDERS',
        correcties: [{ veld: 'betrokkenen', oud: [{ betrokkeneId: 'B-1', rol: 'eigenaar' }], nieuw: [{ betrokkeneId: 'B-9', rol: 'eigenaar' }] }],
        reden: 'verkeerde eigenaar',
        datum: '2021-02-01',
        door: 'mw-1',
      }),
    );
    expect(await zaken({ betrokkeneId: 'B-1' })).toEqual(['kamerverhuur:T-ELDERS', 'dwangsom:D-ZONDER-PAND']);
    expect(await zaken({ betrokkeneId: 'B-1', bekendOp: '2021-01-31' })).toEqual(['damocles:Z-ELDERS', 'kamerverhuur:T-ELDERS', 'dwangsom:D-ZONDER-PAND']);
    expect(await zaken({ betrokkeneId: 'B-9' })).toEqual(['damocles:Z-ELDERS']);
  });

  it('as known on a day: finds and outcomes recorded later are not there; a traject closed as geen-overtreding never counts, an afgezien dwangsom only when the policy says so', async () => {
    await vastleggen('2020-03-01T09:00:00Z', traject(constatering('T-1', 12, '2020-02-20', 'B-1')), dwangsom(dwangsomzaak('D-1', '2020-02-20', 'B-1', { context: 'kamerverhuur', zaakId: 'T-1' })));
    await vastleggen('2020-10-01T09:00:00Z', flexteam(controle('C-1', '2020-09-28', [{ nr: 12, bevindingen: ['kamerverhuur'], overtrederId: 'B-1' }])));
    await vastleggen(
      '2021-01-15T09:00:00Z',
      traject({ type: 'TrajectAfgesloten', zaakId: 'T-1', afsluitdatum: '2021-01-15', resultaat: 'geen-overtreding', datum: '2021-01-15', door: 'mw-1' }),
      dwangsom({ type: 'AfgezienVanLast', zaakId: 'D-1', motivering: 'geen overtreding', datum: '2021-01-15', door: 'mw-1' }),
    );

    expect(await zaken()).toEqual(['flexteam:C-1']);
    expect(await zaken({ vondstenZonderMaatregelTellenMee: true })).toEqual(['flexteam:C-1', 'dwangsom:D-1']);
    expect(await zaken({ bekendOp: '2021-01-14' })).toEqual(['flexteam:C-1', 'kamerverhuur:T-1', 'dwangsom:D-1']);
    expect(await zaken({ bekendOp: '2020-09-30' })).toEqual(['kamerverhuur:T-1', 'dwangsom:D-1']);
    expect(await zaken({ bekendOp: '2020-02-29' })).toEqual([]);
    expect((await vraag({ bekendOp: '2021-01-14' })).eerdereVondsten.dwangsom[0]).toMatchObject({ pandSleutel: PAND_12, vervolgVan: { context: 'kamerverhuur', zaakId: 'T-1' } });
  });

  it('an address and its BAG id are one pand from the moment they are linked, for finds of every context; asked as known before the link, apart', async () => {
    const BAG: Pand = { soort: 'bag', adresseerbaarObjectId: '0928010000012345' };
    const ADRES: PandAdres = adres(12);
    await vastleggen(
      '2021-01-10T09:00:00Z',
      damocles({ ...rapportage('Z-BAG', 12, '2020-01-10', '2020-01-12', ['softdrugs']), pand: { sleutel: pandSleutel(BAG), identiteit: BAG, pandtype: 'woning' } }),
      flexteam(controle('C-ADRES', '2020-02-10', [{ nr: 12, bevindingen: ['drugs-aangetroffen'] }])),
    );
    expect(await zaken({ pandSleutel: pandSleutel(BAG) })).toEqual(['damocles:Z-BAG']);

    nu = new Date('2021-03-01T09:00:00Z');
    const { type, ...data }: AdresAanPandGekoppeld = {
      type: 'AdresAanPandGekoppeld',
      adres: ADRES,
      adresSleutel: pandSleutel(ADRES),
      adresseerbaarObjectId: '0928010000012345',
      bagSleutel: pandSleutel(BAG),
      gemeente: KERKRADE,
      datum: '2021-03-01',
      door: 'mw-1',
    };
    const { lastPosition } = await store.appendToStream(pandKoppelingStreamId(ADRES), [{ type, data }], { expectedRevision: 'any', metadata: { gemeente: KERKRADE, userId: 'mw-1' } });
    expect(await runner.waitForPosition(lastPosition, 10_000)).toBe(true);

    for (const sleutel of [pandSleutel(BAG), PAND_12]) {
      expect(await zaken({ pandSleutel: sleutel })).toEqual(['damocles:Z-BAG', 'flexteam:C-ADRES']);
      expect(await zaken({ pandSleutel: sleutel, bekendOp: '2021-02-28' })).toEqual([sleutel === PAND_12 ? 'flexteam:C-ADRES' : 'damocles:Z-BAG']);
    }
  });

  it('property: over random finds of every context, a find on E counts for a date F exactly when E < F <= E + N months; a rebuild one event per batch stores the same', async () => {
    const dag = fc.integer({ min: Date.UTC(2015, 0, 1) / 86_400_000, max: Date.UTC(2022, 11, 31) / 86_400_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    const soorten = ['damocles', 'flexteam', 'kamerverhuur', 'dwangsom'] as const;
    const [vondsten] = fc.sample(fc.array(fc.record({ soort: fc.constantFrom(...soorten), datum: dag }), { minLength: 30, maxLength: 30 }), { numRuns: 1, seed: 15 });
    const stappen = vondsten.map(({ soort, datum }, i): Stap => {
      const zaakId = `V-${i}`;
      switch (soort) {
        case 'damocles':
          return damocles(rapportage(zaakId, 12, datum, datum, ['softdrugs']));
        case 'flexteam':
          return flexteam(controle(zaakId, datum, [{ nr: 12, bevindingen: [RECIDIVE_BEVINDINGEN[i % RECIDIVE_BEVINDINGEN.length]] }]));
        case 'kamerverhuur':
          return traject(constatering(zaakId, 12, datum, `B-${i}`));
        case 'dwangsom':
          return dwangsom(dwangsomzaak(zaakId, datum, 'B-1'));
      }
    });
    await vastleggen('2023-01-01T09:00:00Z', ...stappen);
    const beleid: RecidiveBeleid = { ...ALLES, flexteamBevindingen: [...RECIDIVE_BEVINDINGEN] };

    await fc.assert(
      fc.asyncProperty(dag, fc.integer({ min: 1, max: 60 }), async (datum, maanden) => {
        const verwacht = vondsten
          .map((v, i) => ({ ...v, zaakId: `V-${i}` }))
          .filter((v) => v.datum < datum && datum <= plusMaanden(v.datum, maanden))
          .map((v) => `${v.soort}:${v.zaakId}`)
          .sort();
        // The dwangsom cases name no herkomst: they lie in no pand and are found by their overtreder.
        expect((await zaken({ datum, recidiveTermijnMaanden: maanden, recidive: beleid, betrokkeneId: 'B-1' })).sort()).toEqual(verwacht);
      }),
      { numRuns: 150 },
    );

    const anderPrefix = `${keyPrefix}rebuild:`;
    const herbouw = new ProjectionRunner({ eventStore: store, redis, projections: [eerdereVondstenProjectie], keyPrefix: anderPrefix, logger: stil, batchSize: 1 });
    await herbouw.start();
    try {
      const [{ head }] = await runner.status();
      expect(await herbouw.waitForPosition(head, 10_000)).toBe(true);
      const vondst = (prefix: string) => redis.hgetall(`${prefix}recidive.eerdere-vondsten.v1:vondst`);
      expect(await vondst(anderPrefix)).toEqual(await vondst(keyPrefix));
    } finally {
      await herbouw.stop();
    }
  });
});
