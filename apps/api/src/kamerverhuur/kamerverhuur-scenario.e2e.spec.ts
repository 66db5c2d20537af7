import { kamerverhuurregisterContext, kamerverhuurtrajectContext, kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import type { RecordedEvent } from '@handhaving/event-store';
import type { KamerverhuurCijfers, Registertabel } from '@handhaving/read-models';
import { KamerverhuurOverHttp, type Adres } from '../test-support/kamerverhuur';
import { settableClock, startTestApi, testRedisUrl, type TestApi } from '../test-support/test-api';
import { dwangsomzaakVanTraject } from './traject/traject.api-context';

/*
 * Issue 14, "Done when": Kerkrade's "Overzicht kamerverhuur" (Uitvoeringsplan 2021, chapter 5),
 * built only through the HTTP API, each step recorded on its own day (the settable clock), for
 * GM0928:
 *
 *   categorie              start 2019   1-1-2020   1-6-2020   1-1-2021
 *   aantal panden              86           74         94         98 (42 afgevoerd)
 *   vergunde kamerverhuur       7           12         10          9 (1 ingetrokken, 2 vervallen in 2020)
 *   as reported before the correction:    14         12
 *
 * Hand calculation. Panden are named by the group they were entered in: S01–S86 the register as
 * set up on 2018-03-01, N01–N12 entered in 2019, P01–P42 entered in 2020. Nothing was afgevoerd
 * before 2019, and no pand comes back after its afvoer, so
 *   aantal panden(d) = entered by d − afgevoerd by d.
 *
 *                          start 2019    1-1-2020       1-6-2020        1-1-2021
 *   entered by d              86        86+12 =  98    98+26 = 124    124+16 = 140
 *   afgevoerd by d             0           24         24+ 6 =  30     30+12 =  42
 *   aantal panden             86           74              94              98
 *
 *   entered  2019: N01–N05 (2019-05-06), N06–N12 (2019-11-04)                               12
 *            2020 H1: P01–P14 (2020-02-03), P15–P26 (2020-05-11)                            26
 *            2020 H2: P27–P34 (2020-07-06), P35–P42 (2020-10-05)                            16
 *   afgevoerd 2019: S16–S27 (2019-04-01), S28–S39 (2019-10-07), by hand                     24
 *            2020 H1: S03 (permit vervallen, einddatum 2020-03-31), S05 (vervallen, afstand
 *                     2020-05-01), S40–S43 (2020-03-16, by hand)                              6
 *            2020 H2: S15 (traject nageleefd, 2020-09-14), S07 (permit ingetrokken
 *                     2020-09-28), S44–S53 (2020-12-07, by hand)                             12
 *
 *   vergund as known now: permits granted through the API, each moving its pand to vergund
 *     S01–S07 granted 2018-05-15 (S03 until 2020-03-31)                                     7
 *     + S08–S10 (2019-04-15), N01–N02 (2019-06-24)                               7 + 5 = 12
 *     − S03, S05 vervallen (2020-03-31, 2020-05-01)                             12 − 2 = 10
 *     − S07 ingetrokken (2020-09-28)                                            10 − 1 =  9
 *   vergund as known before the correction: S11 (the former F1-hotel) and S12, set vergund
 *     by hand on 2019-09-02 (special arrangements by SOB, no formal permit), that change
 *     corrected away (wijziging-vervalt) on 2020-11-16: known on 2020-11-15
 *     1-1-2020: 12 + 2 = 14;   1-6-2020: 10 + 2 = 12;   start 2019: 7 (not yet set).
 *
 *   per stand as known now      start 2019   1-1-2020   1-6-2020   1-1-2021
 *     vergund                        7           12         10          9
 *     in handhaving                  0            0          2 (S13 from 2020-02-03, S14 from 2020-03-02)
 *                                                                       2 (S15 came and went)
 *     in onderzoek (rest)           79           62         82         87
 *     afgevoerd                      0           24         30         42
 *
 * Trajecten (2020): S13 kamerverhuur, a last onder dwangsom (its dwangsom case forfeits in
 * April); S14 woningsplitsing, a last onder bestuursdwang, bezwaar ongegrond, beroep at
 * Rechtbank Limburg (uitspraak 2021); S15 kamerverhuur, nageleefd after the vooraankondiging.
 * Figures of 2020: vooraankondigingen 2 (S13, S15), voornemens 2 (S14's, and the one S13's dwangsom
 * case sent: on the dwangsom route it is that traject's aanschrijving), so 4 aanschrijvingen, 3 of
 * them kamerverhuur; trajecten gestart kamerverhuur 2, woningsplitsing 1,
 * afgesloten 1 (nageleefd); bezwaar ingesteld and afgerond 1; beroep ingesteld 1, open at the
 * year's end; vergunningen ingetrokken 1, vervallen 2 (einddatum-verstreken 1, afstand 1).
 */

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

jest.setTimeout(120_000);

const KERKRADE = 'GM0928';
const DATUMS = ['2019-01-01', '2020-01-01', '2020-06-01', '2021-01-01'] as const;
/** The day the correction was recorded, and the day before it: "as known before the correction". */
const CORRECTIEDAG = '2020-11-16';
const VOOR_DE_CORRECTIE = '2020-11-15';

const POSTCODE: Record<string, string> = { S: '6461 CK', N: '6463 AB', P: '6466 GE' };
const reeks = (groep: string, van: number, tot: number): string[] => Array.from({ length: tot - van + 1 }, (_, i) => `${groep}${String(van + i).padStart(2, '0')}`);
const adres = (naam: string): Adres => ({ postcode: POSTCODE[naam.slice(0, 1)] as string, huisnummer: Number(naam.slice(1)) });
const sleutel = (naam: string): string => `adres:${adres(naam).postcode.replace(' ', '')}-${adres(naam).huisnummer}`;

const START = reeks('S', 1, 86);
const NIEUW = { mei2019: reeks('N', 1, 5), nov2019: reeks('N', 6, 12), feb2020: reeks('P', 1, 14), mei2020: reeks('P', 15, 26), jul2020: reeks('P', 27, 34), okt2020: reeks('P', 35, 42) };
const VERGUND_2018 = reeks('S', 1, 7);
const VERGUND_2019_APRIL = reeks('S', 8, 10);
const VERGUND_2019_JUNI = ['N01', 'N02'];
const EINDDATUM_VERSTREKEN = 'S03';
const AFSTAND = 'S05';
const INGETROKKEN = 'S07';
const BIJZONDERE_AFSPRAKEN = ['S11', 'S12'];
const DWANGSOM = 'S13';
const BESTUURSDWANG = 'S14';
const NAGELEEFD = 'S15';
const AFGEVOERD_MET_DE_HAND = { apr2019: reeks('S', 16, 27), okt2019: reeks('S', 28, 39), mrt2020: reeks('S', 40, 43), dec2020: reeks('S', 44, 53) };

const VERGUND_1_1_2020 = [...VERGUND_2018, ...VERGUND_2019_APRIL, ...VERGUND_2019_JUNI];
const VERGUND_1_6_2020 = VERGUND_1_1_2020.filter((p) => p !== EINDDATUM_VERSTREKEN && p !== AFSTAND);
const VERGUND_1_1_2021 = VERGUND_1_6_2020.filter((p) => p !== INGETROKKEN);
const AFGEVOERD_1_1_2021 = [...AFGEVOERD_MET_DE_HAND.apr2019, ...AFGEVOERD_MET_DE_HAND.okt2019, EINDDATUM_VERSTREKEN, AFSTAND, ...AFGEVOERD_MET_DE_HAND.mrt2020, NAGELEEFD, INGETROKKEN, ...AFGEVOERD_MET_DE_HAND.dec2020];

interface Regel {
  readonly aantalPanden: number;
  readonly vergund: number;
  readonly 'in-onderzoek': number;
  readonly 'in-handhaving': number;
  readonly gelegaliseerd: number;
  readonly afgevoerd: number;
}

/** The table as known now, per date (the hand calculation above). */
const NU: Readonly<Record<(typeof DATUMS)[number], Regel>> = {
  '2019-01-01': { aantalPanden: 86, vergund: 7, 'in-onderzoek': 79, 'in-handhaving': 0, gelegaliseerd: 0, afgevoerd: 0 },
  '2020-01-01': { aantalPanden: 74, vergund: 12, 'in-onderzoek': 62, 'in-handhaving': 0, gelegaliseerd: 0, afgevoerd: 24 },
  '2020-06-01': { aantalPanden: 94, vergund: 10, 'in-onderzoek': 82, 'in-handhaving': 2, gelegaliseerd: 0, afgevoerd: 30 },
  '2021-01-01': { aantalPanden: 98, vergund: 9, 'in-onderzoek': 87, 'in-handhaving': 2, gelegaliseerd: 0, afgevoerd: 42 },
};

describeWithRedis("Kamerverhuur scenario (issue 14): Kerkrade's Overzicht kamerverhuur 2019–2021 through the API, as known now and before the correction", () => {
  const clock = settableClock();
  let api: TestApi;
  let k: KamerverhuurOverHttp;
  /** Pand name → register zaakId, and back. */
  const pand = new Map<string, string>();
  const naam = new Map<string, string>();
  /** Pand name → the zaakId of its permit. */
  const vergunning = new Map<string, string>();
  const traject = { dwangsom: '', bestuursdwang: '', nageleefd: '' };
  let laatstePositie = '0';
  let bouwtijdMs = 0;
  const antwoorden: Record<string, { events: string[] }> = {};

  const registerId = (p: string): string => pand.get(p) ?? `onbekend pand ${p}`;
  const namen = (zaakIds: readonly string[]): string[] => zaakIds.map((id) => naam.get(id) ?? `onbekend:${id}`).sort();

  beforeAll(async () => {
    const begin = Date.now();
    api = await startTestApi(redisUrl ?? '', { EMBEDDED_SYNCHRONOUS: 'NORMAL', LOG_LEVEL: 'warn' }, { clock });
    k = new KamerverhuurOverHttp(api, clock, await api.token(['juridisch-medewerker', 'oov-analist'], [KERKRADE], 'mw-kamerverhuur-kerkrade'));

    const neemOp = async (namenVanPanden: readonly string[], eigenaarId: string): Promise<void> => {
      await Promise.all(
        namenVanPanden.map(async (p, i) => {
          const id = await k.neemOp(adres(p), eigenaarId, 3 + (i % 5));
          pand.set(p, id);
          naam.set(id, p);
        }),
      );
    };
    const voerAf = (namenVanPanden: readonly string[]) =>
      Promise.all(namenVanPanden.map((p) => k.registerstap(registerId(p), 'stand', { naar: 'afgevoerd', reden: 'geen kamerverhuur meer aangetroffen', ingangsdatum: k.datum })));
    const vraagAan = (namenVanPanden: readonly string[], aanvragerId: string) =>
      Promise.all(namenVanPanden.map(async (p) => vergunning.set(p, await k.vraagVergunningAan(adres(p), aanvragerId, 5))));
    const verleen = (namenVanPanden: readonly string[], einddatum: Record<string, string> = {}) =>
      Promise.all(
        namenVanPanden.map((p) =>
          k.vergunningstap(vergunning.get(p) ?? p, 'verlening', { bekendmakingsdatum: k.datum, ingangsdatum: k.datum, ...(einddatum[p] === undefined ? {} : { einddatum: einddatum[p] }) }),
        ),
      );
    const twee = { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true };

    /* 2018: the register set up, seven permits granted -------------------------------------- */
    await k.dag('2018-03-01');
    const eigenaar = await k.betrokkene('Vastgoed Parkstad B.V.', 'bedrijf');
    const verhuurder = await k.betrokkene('K. Verhuurder');
    const janssen = await k.betrokkene('M. Janssen');
    await neemOp(START, eigenaar);
    await k.dag('2018-04-03');
    await vraagAan(VERGUND_2018, eigenaar);
    await k.dag('2018-05-15');
    await verleen(VERGUND_2018, { [EINDDATUM_VERSTREKEN]: '2020-03-31' });

    /* 2019 ------------------------------------------------------------------------------------ */
    await k.dag('2019-03-04');
    await vraagAan(VERGUND_2019_APRIL, eigenaar);
    await k.dag('2019-04-01');
    await voerAf(AFGEVOERD_MET_DE_HAND.apr2019);
    await k.dag('2019-04-15');
    await verleen(VERGUND_2019_APRIL);
    await k.dag('2019-05-06');
    await neemOp(NIEUW.mei2019, eigenaar);
    await k.dag('2019-05-13');
    await vraagAan(VERGUND_2019_JUNI, eigenaar);
    await k.dag('2019-06-24');
    await verleen(VERGUND_2019_JUNI);
    // Special arrangements by SOB (the former F1-hotel among them), entered as vergund without a formal permit.
    await k.dag('2019-09-02');
    await Promise.all(BIJZONDERE_AFSPRAKEN.map((p) => k.registerstap(registerId(p), 'stand', { naar: 'vergund', ingangsdatum: k.datum, reden: 'bijzondere afspraken SOB (o.a. voormalig F1-hotel)' })));
    await k.dag('2019-10-07');
    await voerAf(AFGEVOERD_MET_DE_HAND.okt2019);
    await k.dag('2019-11-04');
    await neemOp(NIEUW.nov2019, eigenaar);

    /* 2020 ------------------------------------------------------------------------------------ */
    await k.dag('2020-02-03');
    await neemOp(NIEUW.feb2020, eigenaar);
    traject.dwangsom = await k.constatering(adres(DWANGSOM), 'kamerverhuur', verhuurder, 'vijf kamers los verhuurd zonder kamerverhuurvergunning, vijf namen op de bellen');
    await k.dag('2020-02-10');
    await k.trajectstap(traject.dwangsom, 'vooraankondiging', { verzenddatum: k.datum, hersteltermijnEinde: '2020-02-21' });
    await k.dag('2020-02-24');
    antwoorden.keuze = await k.trajectstap(traject.dwangsom, 'last-onder-dwangsom', { motivering: 'de verhuur gaat door na de hersteltermijn; een dwangsom dwingt beëindiging af' });
    // The dwangsom case the process manager opened (dag() waits for it) takes its own steps.
    const dwangsomId = dwangsomzaakVanTraject(traject.dwangsom);
    await k.dag('2020-02-26');
    await k.dwangsomstap(dwangsomId, 'voornemen', { verzenddatum: k.datum, zienswijzetermijn: twee });
    await k.dag('2020-03-02');
    traject.bestuursdwang = await k.constatering(adres(BESTUURSDWANG), 'woningsplitsing', eigenaar, 'pand zonder vergunning gesplitst in vier zelfstandige woonruimten');
    await k.dag('2020-03-04');
    await k.dwangsomstap(dwangsomId, 'zienswijze', { wijze: 'schriftelijk' });
    await k.dag('2020-03-09');
    await k.trajectstap(traject.bestuursdwang, 'voornemen', { verzenddatum: k.datum, zienswijzetermijn: twee });
    await k.dag('2020-03-16');
    await voerAf(AFGEVOERD_MET_DE_HAND.mrt2020);
    await k.dag('2020-03-18');
    // Four weeks from the day after the bekendmaking: through Wednesday 15 April 2020 (art. 5:32a Awb).
    await k.dwangsomstap(dwangsomId, 'last', {
      vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
      maximumCent: 2_000_000,
      bekendmakingsdatum: k.datum,
    });
    // The zienswijzetermijn of the voornemen of 9 March ran through Monday 23 March.
    await k.dag('2020-03-24');
    await k.trajectstap(traject.bestuursdwang, 'zienswijzetermijn-verstreken');
    await k.dag('2020-03-30');
    await k.trajectstap(traject.bestuursdwang, 'last-onder-bestuursdwang', {
      besluitdatum: k.datum,
      bekendmakingsdatum: '2020-03-31',
      begunstigingstermijn: { lengte: { aantal: 8, eenheid: 'weken' }, verlengAlsAtw: true },
      omschrijving: 'maak de splitsing ongedaan: één woning, bewoond door één huishouden',
    });
    // The permit of S03 was granted until 2020-03-31: its verval is recorded the next working day.
    await k.dag('2020-04-01');
    antwoorden.einddatum = await k.vergunningstap(vergunning.get(EINDDATUM_VERSTREKEN) ?? '', 'verval', { reden: 'einddatum-verstreken' });
    await k.dag('2020-04-20');
    await k.trajectstap(traject.bestuursdwang, 'bezwaar', { ontvangstdatum: k.datum, adviescommissie: true });
    // A week after the begunstigingstermijn (through 15 April): the rooms still let, 16–22 April forfeited (art. 5:33 Awb).
    await k.dag('2020-04-22');
    antwoorden.controle = await k.dwangsomstap(dwangsomId, 'controle', { controledatum: k.datum, uitkomst: { soort: 'overtreding', van: '2020-04-16', totEnMet: k.datum, omschrijving: 'nog vier kamers verhuurd' } });
    await k.dag('2020-05-04');
    antwoorden.afstand = await k.vergunningstap(vergunning.get(AFSTAND) ?? '', 'verval', { reden: 'afstand', vervaldatum: '2020-05-01' });
    await k.dag('2020-05-11');
    await neemOp(NIEUW.mei2020, eigenaar);
    await k.dag('2020-06-22');
    await k.trajectstap(traject.bestuursdwang, 'beslissing-op-bezwaar', { uitkomst: 'ongegrond', bekendmakingsdatum: k.datum });
    await k.dag('2020-07-06');
    await neemOp(NIEUW.jul2020, eigenaar);
    // Within six weeks of the beslissing op bezwaar made known on 22 June (art. 6:7 Awb).
    await k.dag('2020-07-20');
    antwoorden.beroep = await k.trajectstap(traject.bestuursdwang, 'beroep', { rechtbank: 'Rechtbank Limburg', indieningsdatum: k.datum });
    await k.dag('2020-08-03');
    traject.nageleefd = await k.constatering(adres(NAGELEEFD), 'kamerverhuur', janssen, 'vier kamers verhuurd aan studenten zonder kamerverhuurvergunning');
    await k.dag('2020-08-10');
    await k.trajectstap(traject.nageleefd, 'vooraankondiging', { verzenddatum: k.datum, hersteltermijnEinde: '2020-09-07' });
    await k.dag('2020-09-07');
    await k.vergunningstap(vergunning.get(INGETROKKEN) ?? '', 'voornemen', { verzenddatum: k.datum, zienswijzetermijn: twee });
    await k.dag('2020-09-08');
    await k.trajectstap(traject.nageleefd, 'hercontrole', { controledatum: k.datum, uitkomst: 'nageleefd', toezichthouder: 'toezichthouder J. Smeets', bevindingen: 'kamers leeg, de huurders vertrokken' });
    await k.dag('2020-09-14');
    antwoorden.afsluiting = await k.trajectstap(traject.nageleefd, 'afsluiting', { afsluitdatum: k.datum, resultaat: 'nageleefd' });
    // The zienswijzetermijn of the voornemen of 7 September ran through Monday 21 September.
    await k.dag('2020-09-22');
    await k.vergunningstap(vergunning.get(INGETROKKEN) ?? '', 'zienswijzetermijn-verstreken');
    await k.dag('2020-09-28');
    antwoorden.intrekking = await k.vergunningstap(vergunning.get(INGETROKKEN) ?? '', 'intrekking', { bekendmakingsdatum: k.datum, ingangsdatum: k.datum, reden: 'herhaalde overlast en meer kamers verhuurd dan vergund' });
    await k.dag('2020-10-05');
    await neemOp(NIEUW.okt2020, eigenaar);
    await k.dag(CORRECTIEDAG);
    await Promise.all(
      BIJZONDERE_AFSPRAKEN.map((p) => k.registerstap(registerId(p), 'correctie', { correctie: { soort: 'wijziging-vervalt', wijziging: 1 }, reden: 'bijzondere afspraken met SOB, maar formeel geen kamerverhuurvergunning' })),
    );
    await k.dag('2020-12-07');
    await voerAf(AFGEVOERD_MET_DE_HAND.dec2020);

    /* 2021: the rechtbank decides ------------------------------------------------------------ */
    await k.dag('2021-03-16');
    antwoorden.uitspraak = await k.trajectstap(traject.bestuursdwang, 'uitspraak-op-beroep', { uitkomst: 'ongegrond', uitspraakdatum: k.datum });
    laatstePositie = String(await k.wachtOpProcessen());
    bouwtijdMs = Date.now() - begin;
  });

  afterAll(() => api?.close());

  const tabel = async (query: Record<string, string>): Promise<Registertabel> =>
    (await k.get(`/api/kamerverhuur/register?${new URLSearchParams({ gemeente: KERKRADE, na: laatstePositie, ...query }).toString()}`)) as unknown as Registertabel;
  const regel = (d: Registertabel['datums'][number]): Regel => ({
    aantalPanden: d.aantalPanden.aantal,
    vergund: d.vergund.aantal,
    'in-onderzoek': d.perStand['in-onderzoek'].aantal,
    'in-handhaving': d.perStand['in-handhaving'].aantal,
    gelegaliseerd: d.perStand.gelegaliseerd.aantal,
    afgevoerd: d.perStand.afgevoerd.aantal,
  });
  const stroom = async (streamId: string) => (await api.eventStore().readStream(streamId)) as Array<RecordedEvent<string, Record<string, unknown>>>;

  it('entered 140 panden (86 + 12 + 26 + 16) and 12 permits, every step accepted, in well under a minute', () => {
    expect(pand.size).toBe(140);
    expect(Object.values(NIEUW).map((groep) => groep.length)).toEqual([5, 7, 14, 12, 8, 8]);
    expect(vergunning.size).toBe(12);
    expect(AFGEVOERD_1_1_2021).toHaveLength(42);
    // The hand calculation agrees with itself: every column adds up to the panden entered by its date.
    const entered = [86, 98, 124, 140];
    DATUMS.forEach((datum, i) => {
      const r = NU[datum];
      expect([datum, r.aantalPanden + r.afgevoerd, r['in-onderzoek'] + r.vergund + r['in-handhaving'] + r.gelegaliseerd]).toEqual([datum, entered[i], r.aantalPanden]);
    });
    expect(bouwtijdMs).toBeLessThan(45_000);
  });

  it('as known now: 86 / 74 / 94 / 98 panden, 42 afgevoerd by 1-1-2021, 7 / 12 / 10 / 9 vergund, each cell naming its panden', async () => {
    const nu = await tabel({ op: DATUMS.join(','), afgevoerdSinds: '2019-01-01' });
    expect(nu.bekendOp).toBeNull();
    expect(Object.fromEntries(nu.datums.map((d) => [d.datum, regel(d)]))).toEqual(NU);
    const [start, jan2020, jun2020, jan2021] = nu.datums as [Registertabel['datums'][number], Registertabel['datums'][number], Registertabel['datums'][number], Registertabel['datums'][number]];
    // Afgevoerd since the start of 2019 is everything afgevoerd: nothing was before.
    expect(jan2021.afgevoerdSinds?.aantal).toBe(42);
    expect(jan2021.perStand.afgevoerd.nietGenoemd).toBe(0);
    expect(namen(jan2021.perStand.afgevoerd.zaakIds)).toEqual([...AFGEVOERD_1_1_2021].sort());
    expect(namen(start.vergund.zaakIds)).toEqual(VERGUND_2018);
    expect(namen(jan2020.vergund.zaakIds)).toEqual([...VERGUND_1_1_2020].sort());
    expect(namen(jun2020.vergund.zaakIds)).toEqual([...VERGUND_1_6_2020].sort());
    expect(namen(jan2021.vergund.zaakIds)).toEqual([...VERGUND_1_1_2021].sort());
    expect(namen(jun2020.perStand['in-handhaving'].zaakIds)).toEqual([DWANGSOM, BESTUURSDWANG]);
    expect(namen(jan2021.perStand['in-handhaving'].zaakIds)).toEqual([DWANGSOM, BESTUURSDWANG]);
    expect(new Set(jan2021.aantalPanden.zaakIds).size).toBe(98);
    // As known now the two objects with special arrangements never were vergund: in onderzoek all along.
    for (const d of [jan2020, jun2020, jan2021]) {
      expect(namen(d.perStand['in-onderzoek'].zaakIds)).toEqual(expect.arrayContaining(BIJZONDERE_AFSPRAKEN));
      expect(namen(d.vergund.zaakIds)).not.toEqual(expect.arrayContaining([BIJZONDERE_AFSPRAKEN[0]]));
    }

    const csv = await api.http().get(`/api/kamerverhuur/register?gemeente=${KERKRADE}&op=${DATUMS.join(',')}&afgevoerdSinds=2019-01-01&formaat=csv`).set('Authorization', `Bearer ${await api.token(['oov-analist'], [KERKRADE])}`).expect(200);
    expect(csv.text.split('\r\n')).toEqual(
      expect.arrayContaining(['Aantal panden;86;74;94;98', 'Vergunde kamerverhuur (incl. gelegaliseerd);7;12;10;9', 'Afgevoerd (totaal);0;24;30;42', 'Afgevoerd sinds 2019-01-01;0;24;30;42']),
    );
  });

  it('as known before the correction (2020-11-15): 14 / 12 vergund on 1-1-2020 and 1-6-2020, the two objects in the old cell and not in the new; the same panden counted', async () => {
    const op = DATUMS.slice(0, 3).join(',');
    const toen = await tabel({ op, bekendOp: VOOR_DE_CORRECTIE });
    const nu = await tabel({ op });
    expect(toen.bekendOp).toBe(VOOR_DE_CORRECTIE);
    expect(toen.datums.map((d) => [d.datum, d.aantalPanden.aantal, d.vergund.aantal, d.perStand['in-onderzoek'].aantal])).toEqual([
      ['2019-01-01', 86, 7, 79],
      ['2020-01-01', 74, 14, 60],
      ['2020-06-01', 94, 12, 80],
    ]);
    expect(nu.datums.map((d) => d.vergund.aantal)).toEqual([7, 12, 10]);
    for (const i of [1, 2]) {
      const oud = toen.datums[i] as Registertabel['datums'][number];
      const nieuw = nu.datums[i] as Registertabel['datums'][number];
      expect(namen(oud.vergund.zaakIds)).toEqual(expect.arrayContaining(BIJZONDERE_AFSPRAKEN));
      expect(namen(oud.vergund.zaakIds).filter((p) => !BIJZONDERE_AFSPRAKEN.includes(p))).toEqual(namen(nieuw.vergund.zaakIds));
      expect(namen(nieuw.vergund.zaakIds).filter((p) => BIJZONDERE_AFSPRAKEN.includes(p))).toEqual([]);
      expect(namen(oud.aantalPanden.zaakIds)).toEqual(namen(nieuw.aantalPanden.zaakIds));
    }
    // Known from the day the correction was recorded.
    expect((await tabel({ op, bekendOp: CORRECTIEDAG })).datums.map((d) => d.vergund.aantal)).toEqual([7, 12, 10]);

    // The correction is its own event; the vergund it took away stays in the history.
    for (const p of BIJZONDERE_AFSPRAKEN) {
      const events = await stroom(kamerverhuurregisterContext.streamId(registerId(p)));
      expect(events.map((e) => [e.type, e.data['naar'] ?? null, e.data['ingangsdatum'], e.data['geregistreerdOp']])).toEqual([
        ['PandInRegisterOpgenomen', null, '2018-03-01', '2018-03-01'],
        ['StandGewijzigd', 'vergund', '2019-09-02', '2019-09-02'],
        ['GegevensGecorrigeerd', null, '2019-09-02', CORRECTIEDAG],
      ]);
      expect(events[1]?.data).not.toHaveProperty('aanleiding');
    }
  });

  it('the permits move the register through the process manager: vergund on their verlening, afgevoerd on intrekking and verval, each carrying its aanleiding', async () => {
    const verwacht: Array<[string, string, string, string]> = [
      [EINDDATUM_VERSTREKEN, 'VergunningVervallen', '2020-03-31', '2020-04-01'],
      [AFSTAND, 'VergunningVervallen', '2020-05-01', '2020-05-04'],
      [INGETROKKEN, 'VergunningIngetrokken', '2020-09-28', '2020-09-28'],
    ];
    for (const [p, gebeurtenis, ingangsdatum, geregistreerdOp] of verwacht) {
      const vergunningId = vergunning.get(p) ?? '';
      const bron = (await stroom(kamerverhuurvergunningContext.streamId(vergunningId))).find((e) => e.type === gebeurtenis);
      const register = await stroom(kamerverhuurregisterContext.streamId(registerId(p)));
      expect(register.map((e) => [e.type, e.data['naar'] ?? null])).toEqual([
        ['PandInRegisterOpgenomen', null],
        ['StandGewijzigd', 'vergund'],
        ['StandGewijzigd', 'afgevoerd'],
      ]);
      expect(register[2]?.data).toMatchObject({
        van: 'vergund',
        naar: 'afgevoerd',
        reden: expect.stringMatching(gebeurtenis === 'VergunningIngetrokken' ? /^vergunning ingetrokken: herhaalde overlast/ : /^vergunning vervallen \((einddatum-verstreken|afstand)\)$/),
        aanleiding: { zaakId: vergunningId, gebeurtenis, eventId: bron?.id },
        ingangsdatum,
        geregistreerdOp,
      });
    }
    // Every pand vergund by a permit: from the day the permit took effect, recorded that day, naming the VergunningVerleend.
    for (const p of VERGUND_1_1_2020) {
      const vergunningId = vergunning.get(p) ?? '';
      const verleend = (await stroom(kamerverhuurvergunningContext.streamId(vergunningId))).find((e) => e.type === 'VergunningVerleend');
      const gewijzigd = (await stroom(kamerverhuurregisterContext.streamId(registerId(p)))).find((e) => e.type === 'StandGewijzigd');
      expect([p, gewijzigd?.data]).toEqual([
        p,
        expect.objectContaining({
          naar: 'vergund',
          ingangsdatum: verleend?.data['ingangsdatum'],
          geregistreerdOp: verleend?.data['besluitdatum'],
          aanleiding: { zaakId: vergunningId, gebeurtenis: 'VergunningVerleend', eventId: verleend?.id },
        }),
      ]);
    }
  });

  it('trajecten: a constatering moves the pand into handhaving without changing the number of panden; nageleefd takes it off the list', async () => {
    // 2 March 2020: only S14's constatering was recorded that day. 86 + 12 + 14 entered, 24 afgevoerd: 88 panden, 12 of them vergund.
    const rond = await tabel({ op: '2020-03-01,2020-03-02' });
    expect(rond.datums.map((d) => [d.datum, d.aantalPanden.aantal, d.perStand['in-onderzoek'].aantal, namen(d.perStand['in-handhaving'].zaakIds)])).toEqual([
      ['2020-03-01', 88, 75, [DWANGSOM]],
      ['2020-03-02', 88, 74, [DWANGSOM, BESTUURSDWANG]],
    ]);
    for (const [p, trajectId] of [
      [DWANGSOM, traject.dwangsom],
      [BESTUURSDWANG, traject.bestuursdwang],
    ] as const) {
      const constatering = (await stroom(kamerverhuurtrajectContext.streamId(trajectId)))[0];
      const register = await stroom(kamerverhuurregisterContext.streamId(registerId(p)));
      expect(register.map((e) => e.type)).toEqual(['PandInRegisterOpgenomen', 'StandGewijzigd']);
      expect(register[1]?.data).toMatchObject({ van: 'in-onderzoek', naar: 'in-handhaving', ingangsdatum: constatering?.data['constateringsdatum'], aanleiding: { zaakId: trajectId, gebeurtenis: 'OvertredingGeconstateerd', eventId: constatering?.id } });
    }
    // S15: in handhaving from its constatering, afgevoerd when the traject closed as nageleefd.
    const nageleefd = await stroom(kamerverhuurregisterContext.streamId(registerId(NAGELEEFD)));
    expect(antwoorden.afsluiting?.events).toEqual(['TrajectAfgesloten']);
    expect(nageleefd.map((e) => [e.data['naar'] ?? null, e.data['ingangsdatum'], (e.data['aanleiding'] as { gebeurtenis?: string } | undefined)?.gebeurtenis ?? null])).toEqual([
      [null, '2018-03-01', null],
      ['in-handhaving', '2020-08-03', 'OvertredingGeconstateerd'],
      ['afgevoerd', '2020-09-14', 'TrajectAfgesloten'],
    ]);
  });

  it('the last onder dwangsom: the process manager opened the linked dwangsom case, which forfeited 16–22 April 2020', async () => {
    const dwangsomId = dwangsomzaakVanTraject(traject.dwangsom);
    expect(antwoorden.keuze?.events).toEqual(['LastOnderDwangsomGekozen']);
    expect(antwoorden.controle?.events).toEqual(['OvertredingGeconstateerd', 'DwangsomVerbeurd']);
    const zaak = await k.get(`/api/dwangsom/zaken/${dwangsomId}`);
    expect(zaak['toestand']).toMatchObject({
      zaak: { gemeente: KERKRADE, thema: 'kamerverhuur', constateringsdatum: '2020-02-03', herkomst: { context: 'kamerverhuur', zaakId: traject.dwangsom } },
      verbeuringen: [{ verbeuring: 1, verbeurdOp: '2020-04-16', bedragCent: 350_000 }],
    });
    // Opened once, on the day of the choice.
    const geopend = await stroom(`dwangsom-${dwangsomId}`);
    expect(geopend.filter((e) => e.type === 'DwangsomzaakGeopend').map((e) => e.data['datum'])).toEqual(['2020-02-24']);
  });

  it('the figures of 2020: vergunningen 1 ingetrokken and 2 vervallen, trajecten by soort, aanschrijvingen, bezwaar and the beroep at Rechtbank Limburg', async () => {
    expect(antwoorden.beroep?.events).toEqual(['BeroepIngesteld']);
    const cijfers = (await k.get(`/api/kamerverhuur/cijfers?gemeente=${KERKRADE}&jaar=2020&na=${laatstePositie}`)) as unknown as KamerverhuurCijfers;
    const cel = (c: { aantal: number; panden: readonly string[] }) => [c.aantal, [...c.panden]];
    const v = cijfers.vergunningen;
    expect({ aangevraagd: v.aangevraagd.aantal, verleend: v.verleend.aantal, geweigerd: v.geweigerd.aantal }).toEqual({ aangevraagd: 0, verleend: 0, geweigerd: 0 });
    expect(v.ingetrokken).toEqual({ aantal: 1, panden: [sleutel(INGETROKKEN)], zaakIds: [vergunning.get(INGETROKKEN)] });
    expect(cel(v.vervallen)).toEqual([2, [sleutel(EINDDATUM_VERSTREKEN), sleutel(AFSTAND)].sort()]);
    expect(cel(v.vervallenPerReden['einddatum-verstreken'])).toEqual([1, [sleutel(EINDDATUM_VERSTREKEN)]]);
    expect(cel(v.vervallenPerReden.afstand)).toEqual([1, [sleutel(AFSTAND)]]);

    const t = cijfers.handhavingstrajecten;
    expect(t.gestart.kamerverhuur).toEqual({ aantal: 2, panden: [sleutel(DWANGSOM), sleutel(NAGELEEFD)].sort(), zaakIds: [traject.dwangsom, traject.nageleefd].sort() });
    expect(t.gestart.woningsplitsing).toEqual({ aantal: 1, panden: [sleutel(BESTUURSDWANG)], zaakIds: [traject.bestuursdwang] });
    expect(t.gestart.totaal.aantal).toBe(3);
    expect(cel(t.afgesloten.kamerverhuur)).toEqual([1, [sleutel(NAGELEEFD)]]);
    expect(t.afgesloten.woningsplitsing.aantal).toBe(0);
    expect(t.perResultaat.nageleefd.totaal.aantal).toBe(1);
    expect(cel(t.lopendAanEinde.kamerverhuur)).toEqual([1, [sleutel(DWANGSOM)]]);
    expect(cel(t.lopendAanEinde.woningsplitsing)).toEqual([1, [sleutel(BESTUURSDWANG)]]);

    const a = cijfers.aanschrijvingen;
    expect([a.vooraankondiging.aantal, a.voornemen.aantal, a.totaal.aantal, a.perSoort.kamerverhuur.aantal, a.perSoort.woningsplitsing.aantal]).toEqual([2, 2, 4, 3, 1]);
    expect(a.voornemen.zaakIds).toEqual([traject.bestuursdwang, traject.dwangsom].sort());
    // The dwangsom route's last and forfeiture, counted for the traject.
    expect(cel(cijfers.lastenOnderDwangsom.verbeurd.kamerverhuur)).toEqual([1, [sleutel(DWANGSOM)]]);
    expect(cijfers.lastenOnderDwangsom.verbeurd.kamerverhuur.bedragCent).toBe(350_000);

    const { bezwaar, beroep } = cijfers.juridischeProcedures;
    expect([bezwaar.ingesteld.aantal, bezwaar.afgerond.aantal, bezwaar.openAanEinde.aantal]).toEqual([1, 1, 0]);
    expect([beroep.ingesteld.aantal, beroep.afgerond.aantal, beroep.openAanEinde.aantal]).toEqual([1, 0, 1]);
    expect(beroep.perHerkomst.handhaving.ingesteld.zaakIds).toEqual([traject.bestuursdwang]);
    expect(beroep.perHerkomst.vergunning.ingesteld.aantal).toBe(0);

    // The rechtbank decided in 2021: the beroep is afgerond there, still open at the end of 2020.
    expect(antwoorden.uitspraak?.events).toEqual(['UitspraakOpBeroepGedaan']);
    const cijfers2021 = (await k.get(`/api/kamerverhuur/cijfers?gemeente=${KERKRADE}&jaar=2021&na=${laatstePositie}`)) as unknown as KamerverhuurCijfers;
    expect([cijfers2021.juridischeProcedures.beroep.ingesteld.aantal, cijfers2021.juridischeProcedures.beroep.afgerond.aantal]).toEqual([0, 1]);
  });

  it('the annual report (issue 16): chapter 5 with the Overzicht kamerverhuur at start 2019, 1-1, 1-6 and 1-1-2021 as known now beside what was known before the correction, and the figures of 2020', async () => {
    await k.get(`/api/kamerverhuur/register?gemeente=${KERKRADE}&op=2021-01-01&na=${laatstePositie}`);
    const { body } = await api
      .http()
      .get(`/api/rapportage/jaarverslag?gemeente=${KERKRADE}&jaar=2020&bekendOp=${VOOR_DE_CORRECTIE}`)
      .set('Authorization', `Bearer ${await api.token(['oov-analist'], [KERKRADE])}`)
      .set('Accept', 'application/json')
      .expect(200);
    type Cel = { waarde: number; toen?: number; zaken?: string[]; voetnoten?: string[] };
    type Tabel = { id: string; kolommen: { sleutel: string; kop: string }[]; rijen: { kop: string; cellen: Record<string, Cel> }[]; voetnoten: { id: string; tekst: string }[] };
    const hoofdstuk = body.hoofdstukken.find((h: { id: string }) => h.id === 'kamerverhuur');
    const tabelMet = (id: string): Tabel => hoofdstuk.tabellen.find((t: Tabel) => t.id === id);
    const cellen = (tabel: Tabel, metToen: boolean) =>
      Object.fromEntries(tabel.rijen.map((rij) => [rij.kop, Object.fromEntries(Object.entries(rij.cellen).map(([kolom, cel]) => [kolom, metToen && cel.toen !== undefined ? [cel.waarde, cel.toen] : cel.waarde]))]));

    const overzicht = tabelMet('kamerverhuur-overzicht');
    expect(overzicht.kolommen.map((k) => k.kop)).toEqual(['Start 2019', 'Situatie 1-1-2020', 'Situatie per 1-6-2020', 'Situatie per 1-1-2021']);
    // As known now (the hand calculation, NU) and, where it differs, as known on 2020-11-15: the two objects of SOB
    // still vergund, and the 10 panden afgevoerd in December not yet recorded (1-1-2021: 140 entered − 32 afgevoerd = 108).
    expect(cellen(overzicht, true)).toEqual({
      'Aantal panden': { '2019-01-01': 86, '2020-01-01': 74, '2020-06-01': 94, '2021-01-01': [98, 108] },
      'waarvan afgevoerd (sinds 1-1-2019)': { '2019-01-01': 0, '2020-01-01': 24, '2020-06-01': 30, '2021-01-01': [42, 32] },
      'Vergunde kamerverhuur': { '2019-01-01': 7, '2020-01-01': [12, 14], '2020-06-01': [10, 12], '2021-01-01': [9, 11] },
      'Handhavingstrajecten (panden in handhaving)': { '2019-01-01': 0, '2020-01-01': 0, '2020-06-01': 2, '2021-01-01': 2 },
      'In onderzoek': { '2019-01-01': 79, '2020-01-01': [62, 60], '2020-06-01': [82, 80], '2021-01-01': [87, 95] },
      Gelegaliseerd: { '2019-01-01': 0, '2020-01-01': 0, '2020-06-01': 0, '2021-01-01': 0 },
    });
    const vergund = overzicht.rijen.find((rij) => rij.kop === 'Vergunde kamerverhuur')?.cellen['2020-01-01'] as Cel;
    expect(namen(vergund.zaken ?? [])).toEqual([...VERGUND_1_1_2020].sort());
    const voetnoot = overzicht.voetnoten.find((v) => v.id === vergund.voetnoten?.[0])?.tekst;
    expect(voetnoot).toMatch(/^Vergunde kamerverhuur, Situatie 1-1-2020: op 15-11-2020 gerapporteerd als 14, nu 12 \(met 2 verminderd\)\. Niet meer meegeteld/);
    for (const p of BIJZONDERE_AFSPRAKEN) expect(voetnoot).toContain(`zaak ${registerId(p)}`);

    // The figures of 2020 as known now: the same as the figures route above.
    const jaar = cellen(tabelMet('kamerverhuur-cijfers'), false);
    expect(jaar['Aanschrijvingen']).toEqual({ kamerverhuur: 3, woningsplitsing: 1, totaal: 4 });
    expect(jaar['waarvan vooraankondigingen']).toEqual({ totaal: 2 });
    expect(jaar['Handhavingstrajecten gestart']).toEqual({ kamerverhuur: 2, woningsplitsing: 1, totaal: 3 });
    expect(jaar['Handhavingstrajecten afgesloten']).toEqual({ kamerverhuur: 1, woningsplitsing: 0, totaal: 1 });
    expect(jaar['afgesloten: nageleefd']).toEqual({ kamerverhuur: 1, woningsplitsing: 0, totaal: 1 });
    expect(jaar['Handhavingstrajecten lopend op 31-12-2020']).toEqual({ kamerverhuur: 1, woningsplitsing: 1, totaal: 2 });
    expect(jaar['Dwangsommen verbeurd']).toEqual({ kamerverhuur: 1, woningsplitsing: 0, totaal: 1 });
    expect(jaar['Juridische procedures: bezwaar ingesteld']).toEqual({ kamerverhuur: 0, woningsplitsing: 1, totaal: 1 });
    expect(jaar['Juridische procedures: beroep ingesteld']).toEqual({ kamerverhuur: 0, woningsplitsing: 1, totaal: 1 });
    expect(jaar['Juridische procedures: beroep nog lopend op 31-12-2020']).toEqual({ kamerverhuur: 0, woningsplitsing: 1, totaal: 1 });
    expect(jaar['Kamerverhuurvergunningen ingetrokken']).toEqual({ totaal: 1 });
    expect(jaar['Kamerverhuurvergunningen vervallen']).toEqual({ totaal: 2 });

    // The register's size at each year's end (1-1 after it), as reported on 2020-11-15: set up on 2018-03-01.
    const register = hoofdstuk.trends.find((t: { id: string }) => t.id === 'kamerverhuur-register');
    expect(register).toMatchObject({ soort: 'lijn', jaren: [2016, 2017, 2018, 2019, 2020] });
    expect(register.reeksen.slice(0, 2)).toEqual([
      { naam: 'aantal panden', waarden: [0, 0, 86, 74, 108] },
      { naam: 'vergunde kamerverhuur', waarden: [0, 0, 7, 14, 11] },
    ]);
  });
});
