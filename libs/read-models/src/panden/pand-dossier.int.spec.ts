import { describeWith, redisForTests } from '@handhaving/testing';
import type { BibobEvent } from '@handhaving/domain-bibob';
import { damoclesStreamId, type RapportageOntvangen } from '@handhaving/domain-damocles';
import { dwangsomStreamId } from '@handhaving/domain-dwangsom';
import type { ControleEvent, VerzoekEvent } from '@handhaving/domain-flexteam';
import type { MeldingEvent } from '@handhaving/domain-meldingen';
import { kamerverhuurregisterContext, kamerverhuurtrajectContext, kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import { pandKoppelingStreamId, type AdresAanPandGekoppeld } from '@handhaving/domain-panden';
import { pandSleutel, type Pand, type PandAdres } from '@handhaving/domain-shared';
import { EmbeddedEventStore, type GlobalPosition } from '@handhaving/event-store';
import { deleteKeysWithPrefix, ProjectionRunner, type ProjectionLogger } from '@handhaving/projections';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KERKRADE, LANDGRAAF, rapportage } from '../damocles/test-support/damocles-events';
import type { PandDossierEvent } from './pand-dossier.evolve';
import { pandDossierProjectie } from './pand-dossier.projection';
import { pandDossier } from './pand-dossier.vragen';
import { pandRangorde } from './pand-rangorde.vragen';

jest.setTimeout(60_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('panden.pand-dossier.v2 integration tests');
const describeWithRedis = describeWith(redisUrl);
const stil: ProjectionLogger = { info: () => undefined, warn: console.warn, error: console.error };

const ADRES: PandAdres = { soort: 'adres', postcode: '6461AB', huisnummer: 12 };
const BAG: Pand = { soort: 'bag', adresseerbaarObjectId: '0928010000012345' };

const opname = (gemeente = KERKRADE): PandDossierEvent => ({
  type: 'PandInRegisterOpgenomen',
  zaakId: gemeente === KERKRADE ? 'adres-6461AB-12' : `adres-6461AB-12-${gemeente}`,
  gemeente,
  pand: { sleutel: pandSleutel(ADRES), identiteit: ADRES },
  aantalKamers: 6,
  betrokkenen: { eigenaarId: 'b-eigenaar' },
  stand: 'in-onderzoek',
  ingangsdatum: '2020-01-02',
  geregistreerdOp: '2020-01-03',
  datum: '2020-01-03',
  door: 'mw-1',
});

const aanvraag = {
  type: 'VergunningAangevraagd',
  zaakId: 'V-1',
  gemeente: KERKRADE,
  registerZaakId: 'adres-6461AB-12',
  pandSleutel: pandSleutel(ADRES),
  aanvragerId: 'b-eigenaar',
  aantalKamers: 6,
  ontvangstdatum: '2020-01-06',
  beslistermijn: { weken: 8, grondslag: 'art. 4:13 Awb', einde: '2020-03-02' },
  datum: '2020-01-07',
  door: 'mw-1',
} as unknown as PandDossierEvent;

const constatering: PandDossierEvent = {
  type: 'OvertredingGeconstateerd',
  zaakId: 'T-1',
  gemeente: KERKRADE,
  registerZaakId: 'adres-6461AB-12',
  pandSleutel: pandSleutel(ADRES),
  soort: 'kamerverhuur',
  overtrederId: 'b-eigenaar',
  constateringsdatum: '2020-02-06',
  toezichthouder: 'tz-1',
  bevindingen: 'zes namen op de bellen',
  datum: '2020-02-07',
  door: 'mw-1',
};

const dwangsomzaak = (zaakId: string, herkomst: { context: 'kamerverhuur' | 'damocles'; zaakId: string }, datum: string): PandDossierEvent => ({
  type: 'DwangsomzaakGeopend',
  zaakId,
  gemeente: KERKRADE,
  grondslag: { soort: 'huisvestingswet', artikel: 'art. 21 Huisvestingswet 2014' },
  overtrederId: 'b-eigenaar',
  overtreding: 'kamerverhuur zonder vergunning',
  constateringsdatum: '2020-02-06',
  thema: herkomst.context === 'damocles' ? 'drugspand' : 'kamerverhuur',
  herkomst,
  datum,
  door: 'mw-1',
});

/** The same find, recorded on the BAG id of the premises instead of its address. */
function opBag(vondst: RapportageOntvangen): RapportageOntvangen {
  return { ...vondst, pand: { sleutel: pandSleutel(BAG), identiteit: BAG, pandtype: 'woning' } };
}

describeWithRedis('the pand dossier in Redis, fed by the embedded event store', () => {
  let redis: Redis;
  let store: EmbeddedEventStore;
  let runner: ProjectionRunner;
  let dataDir: string;
  let keyPrefix: string;
  let nu = new Date('2020-01-01T09:00:00Z');

  beforeAll(async () => {
    redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 3 });
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-pand-dossier-'));
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20, clock: { now: () => nu } });
    keyPrefix = `hhtest:pand-dossier:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    runner = new ProjectionRunner({ eventStore: store, redis, projections: [pandDossierProjectie], keyPrefix, logger: stil });
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

  /** Appends each `[streamId, event]` at `op` (one instant for all), then waits for the read model. */
  async function vastleggen(op: string, ...stappen: ReadonlyArray<readonly [string, { readonly type: string; readonly gemeente?: string; readonly door?: string }]>): Promise<GlobalPosition> {
    nu = new Date(op);
    let laatste: GlobalPosition = 0n;
    for (const [streamId, { type, ...data }] of stappen) {
      const result = await store.appendToStream(streamId, [{ type, data }], { expectedRevision: 'any', metadata: { gemeente: data.gemeente ?? KERKRADE, userId: data.door ?? 'mw-1' } });
      laatste = result.lastPosition;
    }
    expect(await runner.waitForPosition(laatste, 10_000)).toBe(true);
    return laatste;
  }

  const zaken = async (pand: Pand, bekendOp?: string, gemeente = KERKRADE) =>
    (await pandDossier(redis, keyPrefix, { gemeente, pandSleutel: pandSleutel(pand), bekendOp })).zaken.map((z) => [z.context, z.zaakId, z.soort, z.startdatum]);

  it('files every context’s case under its pand, a dwangsom case under its herkomst’s, each from the day it was recorded; a BAG id joins once linked', async () => {
    await vastleggen('2020-01-03T09:00:00Z', [kamerverhuurregisterContext.streamId('adres-6461AB-12'), opname()]);
    await vastleggen('2020-01-07T09:00:00Z', [kamerverhuurvergunningContext.streamId('V-1'), aanvraag]);
    // The traject and the dwangsom case its choice opened, in one batch; a Damocles find on the BAG id, not yet linked.
    await vastleggen('2020-03-02T09:00:00Z', [kamerverhuurtrajectContext.streamId('T-1'), constatering], [dwangsomStreamId('D-1'), dwangsomzaak('D-1', { context: 'kamerverhuur', zaakId: 'T-1' }, '2020-03-02')]);
    await vastleggen('2020-03-05T09:00:00Z', [damoclesStreamId('Z-1'), opBag(rapportage('Z-1', 12, '2020-03-01', '2020-03-05', ['harddrugs']))]);
    // A dwangsom case from the Damocles find, and one from a traject nobody recorded: that one is filed nowhere.
    await vastleggen('2020-03-20T09:00:00Z', [dwangsomStreamId('D-2'), dwangsomzaak('D-2', { context: 'damocles', zaakId: 'Z-1' }, '2020-03-20')], [dwangsomStreamId('D-3'), dwangsomzaak('D-3', { context: 'kamerverhuur', zaakId: 'T-9' }, '2020-03-20')]);
    // Landgraaf has a case at an address of the same name: never in Kerkrade's dossier.
    await vastleggen('2020-03-21T09:00:00Z', [kamerverhuurregisterContext.streamId(`adres-6461AB-12-${LANDGRAAF}`), opname(LANDGRAAF)]);

    expect(await zaken(ADRES, '2020-01-02')).toEqual([]);
    expect(await zaken(ADRES, '2020-03-01')).toEqual([
      ['kamerverhuurregister', 'adres-6461AB-12', 'opname', '2020-01-02'],
      ['kamerverhuurvergunning', 'V-1', 'aanvraag', '2020-01-06'],
    ]);
    expect(await zaken(ADRES, '2020-03-31')).toEqual([
      ['kamerverhuurregister', 'adres-6461AB-12', 'opname', '2020-01-02'],
      ['kamerverhuurvergunning', 'V-1', 'aanvraag', '2020-01-06'],
      ['kamerverhuurtraject', 'T-1', 'kamerverhuur', '2020-02-06'],
      ['dwangsom', 'D-1', 'kamerverhuur', '2020-03-02'],
    ]);
    expect(await zaken(BAG, '2020-03-31')).toEqual([
      ['damocles', 'Z-1', 'harddrugs', '2020-03-01'],
      ['dwangsom', 'D-2', 'drugspand', '2020-03-20'],
    ]);
    expect(await zaken(ADRES, undefined, LANDGRAAF)).toEqual([['kamerverhuurregister', `adres-6461AB-12-${LANDGRAAF}`, 'opname', '2020-01-02']]);

    // Linked on 1 April: from then on either key reads the whole pand; asked as known before, they stay apart.
    nu = new Date('2020-04-01T09:00:00Z');
    const { type, ...data }: AdresAanPandGekoppeld = {
      type: 'AdresAanPandGekoppeld',
      adres: ADRES,
      adresSleutel: pandSleutel(ADRES),
      adresseerbaarObjectId: '0928010000012345',
      bagSleutel: pandSleutel(BAG),
      gemeente: KERKRADE,
      datum: '2020-04-01',
      door: 'mw-1',
    };
    const { lastPosition } = await store.appendToStream(pandKoppelingStreamId(ADRES), [{ type, data }], { expectedRevision: 'any', metadata: { gemeente: KERKRADE, userId: 'mw-1' } });
    expect(await runner.waitForPosition(lastPosition, 10_000)).toBe(true);

    const nuBekend = await pandDossier(redis, keyPrefix, { gemeente: KERKRADE, pandSleutel: pandSleutel(BAG) });
    expect(nuBekend.pandSleutels).toEqual(['bag:0928010000012345', 'adres:6461AB-12']);
    expect(nuBekend.zaken.map((z) => z.zaakId)).toEqual(['adres-6461AB-12', 'V-1', 'T-1', 'Z-1', 'D-1', 'D-2']);
    expect(nuBekend.zaken.find((z) => z.zaakId === 'D-1')).toMatchObject({ pandSleutel: 'adres:6461AB-12', herkomst: { context: 'kamerverhuurtraject', zaakId: 'T-1' }, vastgelegdOp: '2020-03-02T09:00:00.000Z' });
    expect((await zaken(ADRES)).map(([, zaakId]) => zaakId)).toEqual(['adres-6461AB-12', 'V-1', 'T-1', 'Z-1', 'D-1', 'D-2']);
    expect((await pandDossier(redis, keyPrefix, { gemeente: KERKRADE, pandSleutel: pandSleutel(ADRES), bekendOp: '2020-03-31' })).pandSleutels).toEqual(['adres:6461AB-12']);
    await expect(pandDossier(redis, keyPrefix, { gemeente: KERKRADE, pandSleutel: pandSleutel(ADRES), bekendOp: '2020-13-01' })).rejects.toThrow(RangeError);
  });
  it('files meldingen, controls and requests under their pand as known on each day, and ranks the gemeente’s panden by meldingen and running cases', async () => {
    const dertig: PandAdres = { soort: 'adres', postcode: '6461AB', huisnummer: 30 };
    const stap = (zaakId: string, dag: string) => ({ zaakId, datum: dag, door: 'mw-1', geregistreerdOp: dag });
    const melding = (zaakId: string, plaats: { soort: 'pand'; pand: Pand } | { soort: 'gebied'; omschrijving: string }, dag: string): MeldingEvent => ({
      ...stap(zaakId, dag),
      type: 'MeldingGeregistreerd',
      gemeente: KERKRADE,
      bron: 'meldkamer-handhaving',
      categorie: 'overlast-geluid',
      plaats,
      meldingsdatum: '2020-04-09',
    });
    await vastleggen('2020-04-10T09:00:00Z', ['melding-M-1', melding('M-1', { soort: 'pand', pand: ADRES }, '2020-04-10')], ['melding-M-2', melding('M-2', { soort: 'gebied', omschrijving: 'Heilust' }, '2020-04-10')]);
    const gepland: ControleEvent = {
      ...stap('C-1', '2020-04-11'),
      type: 'ControleGepland',
      gemeente: KERKRADE,
      geplandOp: '2020-05-06',
      gebied: 'Heilust',
      partners: ['boa'],
      adressen: [{ pand: ADRES, pandSleutel: pandSleutel(ADRES), signalen: [{ context: 'melding', zaakId: 'M-1' }] }],
    };
    await vastleggen('2020-04-11T09:00:00Z', ['flexteamcontrole-C-1', gepland]);
    const verstuurd: VerzoekEvent = {
        ...stap('R-1', '2020-04-12'),
        type: 'VerzoekVerstuurd',
        gemeente: KERKRADE,
        aan: 'bouw-en-woningtoezicht',
        pand: dertig,
        pandSleutel: pandSleutel(dertig),
        herkomst: { context: 'flexteam', zaakId: 'C-0', pandSleutel: pandSleutel(dertig), bevinding: 'brandonveilig' },
        antwoordtermijnInWeken: 2,
        antwoordUiterlijk: '2020-04-26',
    };
    await vastleggen('2020-04-12T09:00:00Z', ['verzoek-R-1', verstuurd]);
    const gekoppeld: MeldingEvent = { ...stap('M-2', '2020-04-15'), type: 'MeldingAanPandGekoppeld', pand: dertig };
    await vastleggen('2020-04-15T09:00:00Z', ['melding-M-2', gekoppeld]);
    const beantwoord: VerzoekEvent = { ...stap('R-1', '2020-04-20'), type: 'VerzoekBeantwoord', uitkomst: 'maatregel-genomen' };
    await vastleggen('2020-04-20T09:00:00Z', ['verzoek-R-1', beantwoord]);

    // A Bibob toets whose start names the BAG id, and one that names no pand.
    const toets = (zaakId: string, pand?: Pand) => ({
      type: 'BibobToetsGestart',
      zaakId,
      gemeente: KERKRADE,
      startdatum: '2020-04-13',
      aanleiding: { soort: 'signaal', reden: 'vastgoedtransactie', betrokkeneId: 'b-koper' },
      ...(pand === undefined ? {} : { pand: { sleutel: pandSleutel(pand), identiteit: pand } }),
      datum: '2020-04-13',
      door: 'bibob-1',
    });
    await vastleggen('2020-04-13T09:00:00Z', ['bibob-B-1', toets('B-1', BAG)], ['bibob-B-2', toets('B-2')]);
    const afgesloten: BibobEvent = { type: 'BibobToetsAfgesloten', zaakId: 'B-1', reden: 'geen-maatregel', datum: '2020-04-21', door: 'bibob-1' };
    await vastleggen('2020-04-21T09:00:00Z', ['bibob-B-1', afgesloten]);

    // The BAG id reads the linked address's melding and control.
    const bag = await pandDossier(redis, keyPrefix, { gemeente: KERKRADE, pandSleutel: pandSleutel(BAG), bekendOp: '2020-04-30' });
    expect(bag.meldingen).toEqual([{ zaakId: 'M-1', pandSleutel: 'adres:6461AB-12', bron: 'meldkamer-handhaving', categorie: 'overlast-geluid', meldingsdatum: '2020-04-09', status: 'open' }]);
    expect(bag.controles).toEqual([{ zaakId: 'C-1', pandSleutel: 'adres:6461AB-12', geplandOp: '2020-05-06', status: 'gepland' }]);
    expect((await pandDossier(redis, keyPrefix, { gemeente: KERKRADE, pandSleutel: pandSleutel(BAG), bekendOp: '2020-04-09' })).meldingen).toEqual([]);
    expect(bag.bibob).toEqual([{ zaakId: 'B-1', pandSleutel: 'bag:0928010000012345', startdatum: '2020-04-13', status: 'afgesloten' }]);
    expect((await pandDossier(redis, keyPrefix, { gemeente: KERKRADE, pandSleutel: pandSleutel(ADRES), bekendOp: '2020-04-20' })).bibob.map((t) => [t.zaakId, t.status])).toEqual([['B-1', 'open']]);
    expect(JSON.stringify(bag)).not.toMatch(/b-koper|vastgoedtransactie|geen-maatregel|B-2/);

    const opDertig = async (bekendOp: string) => pandDossier(redis, keyPrefix, { gemeente: KERKRADE, pandSleutel: pandSleutel(dertig), bekendOp });
    expect((await opDertig('2020-04-14')).meldingen).toEqual([]);
    expect((await opDertig('2020-04-14')).verzoeken.map((v) => [v.zaakId, v.aan, v.status])).toEqual([['R-1', 'bouw-en-woningtoezicht', 'open']]);
    expect((await opDertig('2020-04-15')).meldingen.map((m) => m.zaakId)).toEqual(['M-2']);
    expect((await opDertig('2020-04-20')).verzoeken.map((v) => [v.status, v.uitkomst])).toEqual([['beantwoord', 'maatregel-genomen']]);
    expect((await pandDossier(redis, keyPrefix, { gemeente: LANDGRAAF, pandSleutel: pandSleutel(dertig) })).verzoeken).toEqual([]);

    const rangorde = async (op: string) =>
      (await pandRangorde(redis, keyPrefix, { gemeente: KERKRADE, op, maanden: 12, aantal: 25 })).panden.map((p) => [p.pandSleutel, p.meldingen, p.lopendeZaken, p.perContext]);
    // 31 March, before the link: the address with its traject and dwangsom case, the BAG id with its Damocles find and dwangsom case: a tie, by key.
    expect(await rangorde('2020-03-31')).toEqual([
      ['adres:6461AB-12', 0, 2, { kamerverhuurtraject: 1, dwangsom: 1 }],
      ['bag:0928010000012345', 0, 2, { damocles: 1, dwangsom: 1 }],
    ]);
    // 16 April: one pand since the link, with the melding; no. 30 with its area melding linked to it and its request open.
    expect(await rangorde('2020-04-16')).toEqual([
      ['bag:0928010000012345', 1, 4, { kamerverhuurtraject: 1, dwangsom: 2, damocles: 1 }],
      ['adres:6461AB-30', 1, 1, { verzoek: 1 }],
    ]);
    // 30 April: the request answered.
    expect((await rangorde('2020-04-30'))[1]).toEqual(['adres:6461AB-30', 1, 0, {}]);
    // Landgraaf: a register entry is no running case, and Kerkrade's never show.
    expect((await pandRangorde(redis, keyPrefix, { gemeente: LANDGRAAF, op: '2020-04-30', maanden: 12, aantal: 25 })).panden).toEqual([]);
  });
});
