import { describeWith, redisForTests } from '@handhaving/testing';
import { kamerverhuurCijfersProjectie } from './kamerverhuur-cijfers.projection';
import { kamerverhuurCijfers, kamerverhuurCijfersPerJaar, type KamerverhuurCel } from './kamerverhuur-cijfers.vragen';
import { dwangsomStappen, KERKRADE, LANDGRAAF, trajectStappen, vergunningStappen } from './test-support/kamerverhuur-zaken';
import { startKamerverhuurOpslag, type KamerverhuurOpslag } from './test-support/kamerverhuur-opslag';

jest.setTimeout(60_000);

/** Redis from `npm test` (or by hand); skipped loudly when absent, required under CI=true. */
const redisUrl = redisForTests('kamerverhuur figures integration tests');
const describeWithRedis = describeWith(redisUrl);

const A = 'adres:6461AB-12';
const B = 'adres:6461AB-14';
const C = 'adres:6461AB-16';
const D = 'adres:6461AB-18';
/** Dwangsom cases (uuids): T-D's, one from a Damocles case, one naming a traject nobody recorded. */
const DWANGSOM_TD = '6d2e9b1c-8a4f-4c3e-9d7b-0000000000d1';
const DWANGSOM_DAMOCLES = '6d2e9b1c-8a4f-4c3e-9d7b-0000000000d2';
const DWANGSOM_ONBEKEND = '6d2e9b1c-8a4f-4c3e-9d7b-0000000000d3';

/** A cell as count and panden, for reading the figures as a table. */
const telling = (cel: KamerverhuurCel) => [cel.aantal, cel.panden];

describeWithRedis('kamerverhuur.cijfers in Redis, fed by the embedded event store through the deciders', () => {
  let opslag: KamerverhuurOpslag;

  beforeAll(async () => {
    opslag = await startKamerverhuurOpslag(redisUrl as string, 'kamerverhuur-cijfers', [kamerverhuurCijfersProjectie]);
    // T-A, kamerverhuur in pand A: found in November 2019, a vooraankondiging in December, the voornemen of
    // 6 January 2020 typed in on the 20th, the last on 22 January; its bezwaar of February is decided in 2021.
    const a = trajectStappen('T-A', { pandSleutel: A, constateringsdatum: '2019-11-20' });
    await opslag.traject(a.constatering());
    await opslag.traject(a.vooraankondiging('2019-12-02', '2019-12-16'));
    await opslag.traject(a.hercontrole('2019-12-17', 'overtreding'));
    await opslag.traject(a.voornemen('2020-01-06'), { vastgelegdOp: '2020-01-20T10:00:00Z' });
    await opslag.traject(a.termijnVerstreken('2020-01-21'));
    await opslag.traject(a.last('2020-01-22'));
    await opslag.traject(a.bezwaar('2020-02-10'));
    // T-B, woningsplitsing in pand B: found and ended in spring 2020.
    const b = trajectStappen('T-B', { pandSleutel: B, soort: 'woningsplitsing', constateringsdatum: '2020-03-02' });
    await opslag.traject(b.constatering());
    await opslag.traject(b.vooraankondiging('2020-03-05', null));
    await opslag.traject(b.hercontrole('2020-03-30', 'nageleefd'));
    await opslag.traject(b.sluitAf('2020-04-01', 'nageleefd'));
    // T-D, woningsplitsing in pand D, found in December 2019, on the dwangsom route from 24 February 2020: its
    // dwangsom case sends the voornemen, imposes the last (18 March), forfeits € 3.500 (16–22 April), sends an
    // invorderingsbeschikking (27 April); bezwaar against the last (ongegrond 10 June, then beroep 1 July, uitspraak
    // in 2021) and against the invorderingsbeschikking (gegrond 15 July: herroepen).
    const td = trajectStappen('T-D', { pandSleutel: D, soort: 'woningsplitsing', constateringsdatum: '2019-12-10' });
    await opslag.traject(td.constatering());
    await opslag.traject(td.kiesDwangsom('2020-02-24', DWANGSOM_TD));
    // The process manager's step, as it records it (apps/api/src/dwangsom/processen/dwangsom-vanuit-kamerverhuur.process.ts).
    const d = dwangsomStappen(DWANGSOM_TD, { herkomst: { context: 'kamerverhuur', zaakId: 'T-D' }, constateringsdatum: '2019-12-10' });
    await opslag.dwangsom(d.open('2020-02-24'));
    await opslag.dwangsom(d.voornemen('2020-02-26'));
    await opslag.dwangsom(d.zienswijze('2020-03-04'));
    await opslag.dwangsom(d.last('2020-03-18'));
    await opslag.dwangsom(d.bezwaar('last', '2020-04-01'));
    await opslag.dwangsom(d.controle('2020-04-22', '2020-04-16'));
    await opslag.dwangsom(d.invordering(1, '2020-04-27'));
    await opslag.dwangsom(d.bezwaar(1, '2020-05-20'));
    await opslag.dwangsom(d.beslis('last', 'ongegrond', '2020-06-10'));
    await opslag.dwangsom(d.beroep('last', '2020-07-01'));
    await opslag.dwangsom(d.beslis(1, 'gegrond', '2020-07-15'));
    // Two dwangsom cases that are no kamerverhuur traject's: one from a Damocles case (its voornemen, last, a
    // controle's OvertredingGeconstateerd, a bezwaar), one naming a traject this read model never saw.
    const damocles = dwangsomStappen(DWANGSOM_DAMOCLES, { herkomst: { context: 'damocles', zaakId: 'Z-1' } });
    for (const stap of [damocles.open('2020-02-24'), damocles.voornemen('2020-02-26'), damocles.zienswijze('2020-03-04'), damocles.last('2020-03-18'), damocles.controle('2020-04-22'), damocles.bezwaar('last', '2020-04-01')]) {
      await opslag.dwangsom(stap);
    }
    const onbekend = dwangsomStappen(DWANGSOM_ONBEKEND, { herkomst: { context: 'kamerverhuur', zaakId: 'T-9' } });
    await opslag.dwangsom(onbekend.open('2020-02-24'));
    await opslag.dwangsom(onbekend.voornemen('2020-02-26'));
    // T-L in Landgraaf: not Kerkrade's.
    const l = trajectStappen('T-L', { gemeente: LANDGRAAF, pandSleutel: 'adres:6371AA-1', constateringsdatum: '2020-05-01' });
    await opslag.traject(l.constatering());
    await opslag.traject(l.vooraankondiging('2020-05-04', '2020-05-18'));
    // V-1 for pand A: granted 19 February 2020 through 1 March 2021, when it lapses.
    const v1 = vergunningStappen('V-1', { pandSleutel: A });
    await opslag.vergunning(v1.aanvraag());
    await opslag.vergunning(v1.verleen('2020-02-19', '2021-03-01'));
    // V-2 for pand C: refused 1 July 2020, herroepen on bezwaar 1 September.
    const v2 = vergunningStappen('V-2', { pandSleutel: C, ontvangstdatum: '2020-06-01' });
    await opslag.vergunning(v2.aanvraag('2020-06-02'));
    await opslag.vergunning(v2.voornemen('2020-06-15'));
    await opslag.vergunning(v2.termijnVerstreken('2020-06-30'));
    await opslag.vergunning(v2.weiger('2020-07-01'));
    await opslag.vergunning(v2.bezwaar('2020-07-20'));
    await opslag.vergunning(v2.beslis('gegrond', '2020-09-01'));
    // V-3 for pand B: granted in 2019, revoked 21 October 2020.
    const v3 = vergunningStappen('V-3', { pandSleutel: B, ontvangstdatum: '2019-05-01' });
    await opslag.vergunning(v3.aanvraag('2019-05-02'));
    await opslag.vergunning(v3.verleen('2019-06-01'));
    await opslag.vergunning(v3.voornemen('2020-10-05'));
    await opslag.vergunning(v3.termijnVerstreken('2020-10-20'));
    await opslag.vergunning(v3.trekIn('2020-10-21'));
    // 2021: T-A's bezwaar decided, V-1 lapses, the rechtbank rules on T-D's last onder dwangsom.
    await opslag.traject(a.beslis('ongegrond', '2021-01-15'));
    await opslag.vergunning(v1.verval('2021-03-01', 'einddatum-verstreken'));
    await opslag.dwangsom(d.uitspraak('last', '2021-03-01'));
  });
  afterAll(async () => {
    await opslag?.stop();
  });

  it('2020 in Kerkrade: each step in the year of its own date, each cell with its panden', async () => {
    const c = await kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, van: '2020-01-01', tot: '2020-12-31' });
    expect(telling(c.aanschrijvingen.vooraankondiging)).toEqual([1, [B]]);
    // T-A's voornemen, and on T-D's dwangsom route the dwangsom case's.
    expect(telling(c.aanschrijvingen.voornemen)).toEqual([2, [A, D]]);
    expect(c.aanschrijvingen.voornemen.zaakIds).toEqual(['T-A', 'T-D']);
    expect(telling(c.aanschrijvingen.totaal)).toEqual([3, [A, B, D]]);
    expect(telling(c.aanschrijvingen.perSoort.woningsplitsing)).toEqual([2, [B, D]]);

    const h = c.handhavingstrajecten;
    expect(telling(h.gestart.kamerverhuur)).toEqual([0, []]); // T-A was found in 2019
    expect(telling(h.gestart.woningsplitsing)).toEqual([1, [B]]);
    expect(telling(h.afgesloten.totaal)).toEqual([1, [B]]);
    expect(telling(h.perResultaat.nageleefd.woningsplitsing)).toEqual([1, [B]]);
    expect(telling(h.lopendAanEinde.kamerverhuur)).toEqual([1, [A]]);

    // Bezwaar: T-A's against its last, V-2's against the weigering, and T-D's two (the last onder dwangsom, the invorderingsbeschikking).
    const bezwaar = c.juridischeProcedures.bezwaar;
    expect([bezwaar.ingesteld, bezwaar.afgerond, bezwaar.openAanEinde].map(telling)).toEqual([
      [4, [A, C, D]],
      [3, [C, D]],
      [1, [A]],
    ]);
    expect(bezwaar.perHerkomst.handhaving.openAanEinde.zaakIds).toEqual(['T-A']);
    expect(bezwaar.perHerkomst.vergunning.afgerond.zaakIds).toEqual(['V-2']);
    expect(telling(c.juridischeProcedures.beroep.ingesteld)).toEqual([1, [D]]);

    const v = c.vergunningen;
    expect([v.aangevraagd, v.verleend, v.geweigerd, v.ingetrokken, v.vervallen].map(telling)).toEqual([
      [2, [A, C]],
      [1, [A]],
      [1, [C]],
      [1, [B]],
      [0, []],
    ]);
    expect(telling(v.laterHerroepen.geweigerd)).toEqual([1, [C]]);
    // Nothing of Landgraaf.
    expect(JSON.stringify(c)).not.toContain('T-L');
  });

  it('2020: the dwangsom route counts for its traject — the last, the forfeiture and the invordering by soort, with the money; the procedures by soort', async () => {
    const c = await kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, van: '2020-01-01', tot: '2020-12-31' });
    const l = c.lastenOnderDwangsom;
    expect(l.opgelegd.woningsplitsing).toEqual({ aantal: 1, panden: [D], zaakIds: ['T-D'] });
    expect([l.opgelegd.kamerverhuur.aantal, l.opgelegd.totaal.aantal]).toEqual([0, 1]);
    expect(l.verbeurd.woningsplitsing).toEqual({ aantal: 1, panden: [D], zaakIds: ['T-D'], bedragCent: 350_000 });
    expect(l.verbeurd.totaal.bedragCent).toBe(350_000);
    expect(l.invorderingsbeschikkingen.totaal).toEqual({ aantal: 1, panden: [D], zaakIds: ['T-D'], bedragCent: 350_000 });
    // The invorderingsbeschikking fell on bezwaar: it keeps counting, marked; the last stands.
    expect(l.laterHerroepen.invorderingsbeschikkingen.woningsplitsing).toEqual({ aantal: 1, panden: [D], zaakIds: ['T-D'], bedragCent: 350_000 });
    expect([l.laterHerroepen.opgelegd.totaal.aantal, l.laterHerroepen.verbeurd.totaal.aantal]).toEqual([0, 0]);

    // Kerkrade's "juridische procedures kvng / wspl": those against handhaving by the traject's soort; V-2's (a permit's) in none.
    const { bezwaar, beroep } = c.juridischeProcedures;
    expect(telling(bezwaar.perSoort.kamerverhuur.ingesteld)).toEqual([1, [A]]);
    expect(telling(bezwaar.perSoort.woningsplitsing.ingesteld)).toEqual([2, [D]]);
    expect(bezwaar.perSoort.totaal).toEqual(bezwaar.perHerkomst.handhaving);
    expect(bezwaar.perSoort.totaal.ingesteld.aantal + bezwaar.perHerkomst.vergunning.ingesteld.aantal).toBe(bezwaar.ingesteld.aantal);
    expect(telling(bezwaar.perSoort.woningsplitsing.afgerond)).toEqual([2, [D]]);
    expect(telling(beroep.perSoort.woningsplitsing.openAanEinde)).toEqual([1, [D]]);
    expect(beroep.perSoort.kamerverhuur.ingesteld.aantal).toBe(0);

    // The trajecten themselves: T-D was found in 2019 and still runs; its dwangsom case is no traject.
    expect(telling(c.handhavingstrajecten.lopendAanEinde.woningsplitsing)).toEqual([1, [D]]);
    expect(c.handhavingstrajecten.gestart.totaal.aantal).toBe(1);
  });

  it('reads no dwangsom case of another herkomst, nor one of a traject it does not hold: not filed at all', async () => {
    const c = await kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, van: '2020-01-01', tot: '2020-12-31' });
    for (const zaakId of [DWANGSOM_DAMOCLES, DWANGSOM_ONBEKEND]) expect(JSON.stringify(c)).not.toContain(zaakId);
    const index = `${opslag.keyPrefix}kamerverhuur.cijfers.v2:zaak-gemeente`;
    expect(await opslag.redis.hmget(index, DWANGSOM_TD, DWANGSOM_DAMOCLES, DWANGSOM_ONBEKEND)).toEqual([KERKRADE, null, null]);
    // Nor did the Damocles case's controle (an OvertredingGeconstateerd, as a traject's first event is named) open a traject.
    expect(Object.keys(await opslag.redis.hgetall(index)).sort()).toEqual(['T-A', 'T-B', 'T-D', 'T-L', 'V-1', 'V-2', 'V-3', DWANGSOM_TD].sort());
  });

  it('2021: the bezwaar of 2020 decided, the permit lapsed on its einddatum; the traject of 2019 still runs', async () => {
    const [c2019, c2020, c2021] = await kamerverhuurCijfersPerJaar(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, vanJaar: 2019, totJaar: 2021 });
    expect(telling(c2019.handhavingstrajecten.gestart.kamerverhuur)).toEqual([1, [A]]);
    expect(telling(c2019.aanschrijvingen.vooraankondiging)).toEqual([1, [A]]);
    expect(telling(c2019.vergunningen.verleend)).toEqual([1, [B]]);
    expect(c2020.periode).toEqual({ van: '2020-01-01', tot: '2020-12-31' });
    expect(telling(c2021.juridischeProcedures.bezwaar.afgerond)).toEqual([1, [A]]);
    expect(c2021.juridischeProcedures.bezwaar.openAanEinde.aantal).toBe(0);
    expect(telling(c2021.vergunningen.vervallenPerReden['einddatum-verstreken'])).toEqual([1, [A]]);
    expect(telling(c2021.handhavingstrajecten.lopendAanEinde.kamerverhuur)).toEqual([1, [A]]);
    // The rechtbank on T-D's last: afgerond in 2021, by the uitspraakdatum; ongegrond, so nothing herroepen.
    expect(telling(c2021.juridischeProcedures.beroep.perSoort.woningsplitsing.afgerond)).toEqual([1, [D]]);
    expect(c2021.lastenOnderDwangsom.opgelegd.totaal.aantal).toBe(0);
    expect(c2020.lastenOnderDwangsom.laterHerroepen.opgelegd.totaal.aantal).toBe(0);
  });

  it('as known on 14 July 2020, the invorderingsbeschikking was not yet herroepen; as known now it is, and still counts', async () => {
    const vraag = { gemeente: KERKRADE, van: '2020-01-01', tot: '2020-12-31' };
    const toen = await kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { ...vraag, bekendOp: '2020-07-14' });
    expect(toen.lastenOnderDwangsom.invorderingsbeschikkingen.totaal.aantal).toBe(1);
    expect(toen.lastenOnderDwangsom.laterHerroepen.invorderingsbeschikkingen.totaal.aantal).toBe(0);
    expect(toen.juridischeProcedures.bezwaar.perSoort.woningsplitsing.afgerond.aantal).toBe(1);
    const nu = await kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, vraag);
    expect(nu.lastenOnderDwangsom.laterHerroepen.invorderingsbeschikkingen.totaal.aantal).toBe(1);
    // As known before the dwangsom case's voornemen was recorded (26 February, 10:00 UTC): T-A's alone.
    const februari = await kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { ...vraag, bekendOp: '2020-02-25' });
    expect(februari.aanschrijvingen.voornemen.zaakIds).toEqual(['T-A']);
  });

  it('as known on 10 January 2020, the voornemen typed in on the 20th is not there yet; any period can be asked', async () => {
    const toen = await kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, van: '2020-01-01', tot: '2020-01-31', bekendOp: '2020-01-10' });
    expect(toen.aanschrijvingen.voornemen.aantal).toBe(0);
    expect(telling(toen.vergunningen.aangevraagd)).toEqual([1, [A]]);
    const nu = await kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, van: '2020-01-01', tot: '2020-01-31' });
    expect(telling(nu.aanschrijvingen.voornemen)).toEqual([1, [A]]);
    // The quarter around the year's end: T-A's bezwaar was open on 31 December, decided 15 January.
    const kwartaal = await kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, van: '2020-11-15', tot: '2021-02-14' });
    expect(telling(kwartaal.juridischeProcedures.bezwaar.afgerond)).toEqual([1, [A]]);
    expect(kwartaal.juridischeProcedures.bezwaar.ingesteld.aantal).toBe(0);
  });

  it('refuses a period that is not one', async () => {
    await expect(kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, van: '2020-12-31', tot: '2020-01-01' })).rejects.toThrow(RangeError);
    await expect(kamerverhuurCijfers(opslag.redis, opslag.keyPrefix, { gemeente: KERKRADE, van: '2020-1-1', tot: '2020-12-31' })).rejects.toThrow(/van/);
  });
});
