import { registerOp, STANDEN, type PandInRegisterOpgenomen, type RegisterEvent, type RegisterOpties, type Stand } from '@handhaving/domain-kamerverhuur';
import fc from 'fast-check';
import { blok, dagnummer, einde, evolveRegisterPand, maandVan, OPEN_BLOKNAMEN, tijdlijn, type RegisterPand, type Tijdlijn } from './register.evolve';
import { leesgrens, telRegister, type Registertabel, type RegisterVraag } from './register.vragen';
import { registergeschiedenis, type Geregistreerd } from './test-support/registergeschiedenis';

/*
 * The read model's fold (register.evolve.ts) and its count (register.vragen.ts, `telRegister`)
 * without Redis: given a pand's events, then its record; given a history, then the same table as
 * the domain's `registerOp`, cell by cell and pand by pand. The store is stood in for by its rule
 * (register.projection.ts): timelines filed in blocks by `einde` (open ones by zaakId, the others
 * by the month of their einde), the open blocks and the months from the question's earliest day
 * read, those before that day only counted.
 */

const zaakId = 'pand-A';
const opname = (ingangsdatum: string, geregistreerdOp = ingangsdatum): PandInRegisterOpgenomen => ({
  type: 'PandInRegisterOpgenomen',
  zaakId,
  gemeente: 'GM0928',
  pand: { sleutel: 'adres:6461AB-1', identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: 1 } },
  aantalKamers: 4,
  betrokkenen: { eigenaarId: 'b-A' },
  stand: 'in-onderzoek',
  ingangsdatum,
  geregistreerdOp,
  datum: geregistreerdOp,
  door: 'medewerker-1',
});
const wijziging = (nummer: number, van: Stand, naar: Stand, ingangsdatum: string, geregistreerdOp = ingangsdatum): RegisterEvent => ({
  type: 'StandGewijzigd',
  zaakId,
  wijziging: nummer,
  van,
  naar,
  ...(naar === 'afgevoerd' ? { reden: 'geen kamerverhuur meer' } : {}),
  ingangsdatum,
  geregistreerdOp,
  datum: geregistreerdOp,
  door: 'medewerker-1',
});
const correctie = (nummer: number, ingangsdatum: string, geregistreerdOp: string): RegisterEvent => ({
  type: 'GegevensGecorrigeerd',
  zaakId,
  correctie: { soort: 'wijziging-vervalt', wijziging: nummer },
  reden: 'bijzondere afspraken, geen formele vergunning',
  ingangsdatum,
  geregistreerdOp,
  datum: geregistreerdOp,
  door: 'medewerker-1',
});

/** given these events (revisions 0, 1, …) when folded then this record. */
function given(events: readonly RegisterEvent[]) {
  const pand = events.reduce<RegisterPand | null>((p, e, revisie) => evolveRegisterPand(p, e, revisie), null);
  return { then: (verwacht: RegisterPand | null) => expect(pand).toEqual(verwacht), pand };
}

describe('kamerverhuur.register: the record of a pand', () => {
  const opgenomen: RegisterPand = { zaakId, gemeente: 'GM0928', sleutel: 'adres:6461AB-1', revisie: 0, opgenomen: { ingangsdatum: '2019-01-01', geregistreerdOp: '2019-01-03' }, feiten: [] };

  it('given an opname, then the pand with the day it took effect and the day it was recorded', () => {
    given([opname('2019-01-01', '2019-01-03')]).then(opgenomen);
  });

  it('given changes and a correction, then each in the order recorded, nothing folded away', () => {
    given([opname('2019-01-01', '2019-01-03'), wijziging(1, 'in-onderzoek', 'vergund', '2019-03-01', '2019-03-20'), correctie(1, '2019-03-01', '2020-09-01')]).then({
      ...opgenomen,
      revisie: 2,
      feiten: [
        { soort: 'wijziging', wijziging: 1, naar: 'vergund', ingangsdatum: '2019-03-01', geregistreerdOp: '2019-03-20' },
        { soort: 'correctie', wijziging: 1, ingangsdatum: '2019-03-01', geregistreerdOp: '2020-09-01' },
      ],
    });
  });

  it('skips an event whose stream revision it applied already (a replay), and one of a pand not entered', () => {
    const { pand } = given([opname('2019-01-01', '2019-01-03'), wijziging(1, 'in-onderzoek', 'vergund', '2019-03-01')]);
    expect(evolveRegisterPand(pand, wijziging(1, 'in-onderzoek', 'vergund', '2019-03-01'), 1)).toBe(pand);
    expect(evolveRegisterPand(pand, opname('2020-01-01'), 2)).toBe(pand);
    given([wijziging(1, 'in-onderzoek', 'vergund', '2019-03-01')]).then(null);
    expect(evolveRegisterPand(opgenomen, { type: 'HerinneringVerstuurd', zaakId } as unknown as RegisterEvent, 5)).toBe(opgenomen);
  });

  it('its timeline: the opname first, then every change and correction as numbers', () => {
    const { pand } = given([opname('2019-01-01', '2019-01-03'), wijziging(1, 'in-onderzoek', 'vergund', '2019-03-01', '2019-03-20'), correctie(1, '2019-03-01', '2020-09-01')]);
    expect(tijdlijn(pand as RegisterPand)).toEqual([20190101, zaakId, 20190103, 0, 1, STANDEN.indexOf('vergund'), 20190301, 20190320, -1, 20200901]);
    expect(dagnummer('2019-03-01')).toBe(20190301);
  });

  it('its einde: open while its last change that stands is no afvoer; else the last day one of its events took effect or was recorded', () => {
    const afgevoerd = [opname('2019-01-01'), wijziging(1, 'in-onderzoek', 'in-handhaving', '2019-06-01'), wijziging(2, 'in-handhaving', 'afgevoerd', '2019-12-01', '2019-12-02')];
    expect(einde(given([opname('2019-01-01')]).pand as RegisterPand)).toBe(Infinity);
    expect(einde(given(afgevoerd).pand as RegisterPand)).toBe(20191202);
    // The afvoer corrected away: open again; a correction of an earlier change leaves it afgevoerd, its day counting.
    expect(einde(given([...afgevoerd, correctie(2, '2019-12-01', '2020-02-01')]).pand as RegisterPand)).toBe(Infinity);
    expect(einde(given([...afgevoerd, wijziging(3, 'afgevoerd', 'in-onderzoek', '2020-03-01')]).pand as RegisterPand)).toBe(Infinity);
    expect(tijdlijn(given(afgevoerd).pand as RegisterPand)[3]).toBe(20191202);
  });

  it('its block: an open pand in one of the open blocks by its zaakId, always the same; else the month of its einde', () => {
    expect(blok('pand-A', 20191202)).toBe('201912');
    expect(OPEN_BLOKNAMEN).toContain(blok('pand-A', Infinity));
    expect(blok('pand-A', Infinity)).toBe(blok('pand-A', Infinity));
    expect(new Set(Array.from({ length: 1_000 }, (_, i) => blok(`pand-${i}`, Infinity))).size).toBe(OPEN_BLOKNAMEN.length);
  });
});

/** The records and the store's rule: timelines in blocks by `einde`; the open blocks and the months from the earliest day read, filtered by einde; those before it counted. */
function opslag(geschiedenis: readonly Geregistreerd[]) {
  const records = new Map<string, RegisterPand>();
  for (const { event, streamRevision } of geschiedenis) {
    const na = evolveRegisterPand(records.get(event.zaakId) ?? null, event, streamRevision);
    if (na !== null) records.set(event.zaakId, na);
  }
  return {
    records,
    vraag(vraag: RegisterVraag): { tabel: Registertabel; eerderIds: string[] } {
      const voor = dagnummer(leesgrens(vraag));
      const vanGemeente = [...records.values()].filter((p) => p.gemeente === vraag.gemeente);
      const blokken = new Map<string, Tijdlijn[]>();
      for (const p of vanGemeente) {
        const naam = blok(p.zaakId, einde(p));
        blokken.set(naam, [...(blokken.get(naam) ?? []), tijdlijn(p)]);
      }
      const gelezen = [...blokken].flatMap(([naam, tijdlijnen]) => (OPEN_BLOKNAMEN.includes(naam) ? tijdlijnen : Number(naam) >= maandVan(voor) ? tijdlijnen.filter((t) => (t[3] as number) >= voor) : []));
      const eerderIds = vanGemeente.filter((p) => einde(p) < voor).map((p) => p.zaakId);
      expect(gelezen.length + eerderIds.length).toBe(vanGemeente.length);
      return { tabel: telRegister(gelezen, { aantal: eerderIds.length, voor: leesgrens(vraag) }, vraag), eerderIds };
    },
  };
}

/** Each cell's figure, and its panden as the domain sees them one pand at a time. */
function vergelijk(geschiedenis: readonly Geregistreerd[], vraag: RegisterVraag): void {
  const { tabel, eerderIds } = opslag(geschiedenis).vraag(vraag);
  const events = geschiedenis.map((g) => g.event);
  const vanGemeente = events.filter((e) => e.type !== 'PandInRegisterOpgenomen' || e.gemeente === vraag.gemeente);
  const gemeentePanden = new Set(events.flatMap((e) => (e.type === 'PandInRegisterOpgenomen' && e.gemeente === vraag.gemeente ? [e.zaakId] : [])));
  const opties: RegisterOpties = { ...(vraag.bekendOp === undefined ? {} : { bekendOp: vraag.bekendOp }), ...(vraag.afgevoerdSinds === undefined ? {} : { afgevoerdSinds: vraag.afgevoerdSinds }) };
  const domein = registerOp(
    vanGemeente.filter((e) => gemeentePanden.has(e.zaakId)),
    vraag.datums,
    opties,
  );
  expect(
    tabel.datums.map((d) => ({
      datum: d.datum,
      aantalPanden: d.aantalPanden.aantal,
      perStand: Object.fromEntries(STANDEN.map((s) => [s, d.perStand[s].aantal])),
      vergund: d.vergund.aantal,
      ...(d.afgevoerdSinds === undefined ? {} : { afgevoerdSinds: d.afgevoerdSinds.aantal }),
    })),
  ).toEqual(domein);

  // Pand by pand: each zaakId in the cell of its stand, as registerOp reads that pand alone.
  const perPand = new Map([...gemeentePanden].map((id) => [id, registerOp(events.filter((e) => e.zaakId === id), vraag.datums, opties)]));
  tabel.datums.forEach((d, i) => {
    const waar = (past: (r: ReturnType<typeof registerOp>[number]) => boolean): string[] => [...perPand].filter(([, r]) => past(r[i] as ReturnType<typeof registerOp>[number])).map(([id]) => id).sort();
    for (const s of STANDEN) {
      const genoemd = s === 'afgevoerd' ? [...d.perStand.afgevoerd.zaakIds, ...eerderIds] : d.perStand[s].zaakIds;
      expect([...genoemd].sort()).toEqual(waar((r) => r.perStand[s] === 1));
    }
    expect(d.perStand.afgevoerd.nietGenoemd).toBe(eerderIds.length);
    expect([...d.aantalPanden.zaakIds].sort()).toEqual(waar((r) => r.aantalPanden === 1));
    expect([...d.vergund.zaakIds].sort()).toEqual(waar((r) => r.vergund === 1));
    if (d.afgevoerdSinds) expect([...d.afgevoerdSinds.zaakIds].sort()).toEqual(waar((r) => r.afgevoerdSinds === 1));
  });
}

describe('kamerverhuur.register: the table equals the domain’s registerOp', () => {
  it('Kerkrade by hand: B and C vergund as known before the correction, back in onderzoek as known now; D afgevoerd', () => {
    const p = (id: string) => ({ zaakId: `pand-${id}` });
    const h: RegisterEvent[] = [
      { ...opname('2019-01-01'), ...p('A') },
      { ...opname('2019-01-01'), ...p('B') },
      { ...opname('2019-01-01'), ...p('C') },
      { ...opname('2019-02-01'), ...p('D') },
      { ...wijziging(1, 'in-onderzoek', 'vergund', '2019-03-01'), ...p('A') },
      { ...wijziging(1, 'in-onderzoek', 'vergund', '2019-04-01'), ...p('B') },
      { ...wijziging(1, 'in-onderzoek', 'vergund', '2019-05-01'), ...p('C') },
      { ...wijziging(1, 'in-onderzoek', 'in-handhaving', '2019-06-01'), ...p('D') },
      { ...wijziging(2, 'in-handhaving', 'afgevoerd', '2019-12-01', '2019-12-02'), ...p('D') },
      { ...opname('2020-03-01'), ...p('E') },
      { ...correctie(1, '2019-04-01', '2020-09-01'), ...p('B') },
      { ...correctie(1, '2019-05-01', '2020-09-01'), ...p('C') },
    ];
    const revisie = new Map<string, number>();
    const geschiedenis = h.map((event) => {
      const streamRevision = (revisie.get(event.zaakId) ?? -1) + 1;
      revisie.set(event.zaakId, streamRevision);
      return { streamId: `kamerverhuurregister-${event.zaakId}`, streamRevision, event };
    });
    const vraag = { gemeente: 'GM0928', datums: ['2019-01-01', '2020-01-01', '2020-06-01'], afgevoerdSinds: '2019-07-01' };
    const dan = opslag(geschiedenis).vraag({ ...vraag, bekendOp: '2020-08-31' }).tabel;
    expect(dan.datums.map((d) => d.vergund)).toEqual([
      { aantal: 0, zaakIds: [] },
      { aantal: 3, zaakIds: ['pand-A', 'pand-B', 'pand-C'] },
      { aantal: 3, zaakIds: ['pand-A', 'pand-B', 'pand-C'] },
    ]);
    const nu = opslag(geschiedenis).vraag(vraag).tabel;
    expect(nu.datums.map((d) => d.vergund.zaakIds)).toEqual([[], ['pand-A'], ['pand-A']]);
    expect(nu.datums[2]?.perStand['in-onderzoek'].zaakIds).toEqual(['pand-B', 'pand-C', 'pand-E']);
    expect(nu.datums[2]?.afgevoerdSinds).toEqual({ aantal: 1, zaakIds: ['pand-D'] });
    // Asked from 2020 on, D (afgevoerd 1-12-2019, recorded the 2nd) is counted, not read.
    const later = opslag(geschiedenis).vraag({ gemeente: 'GM0928', datums: ['2020-06-01'] }).tabel;
    expect(later.eerderAfgevoerd).toEqual({ voor: '2020-06-01', aantal: 1 });
    expect(later.datums[0]?.perStand.afgevoerd).toEqual({ aantal: 1, zaakIds: [], nietGenoemd: 1 });
    for (const v of [vraag, { ...vraag, bekendOp: '2020-08-31' }, { ...vraag, bekendOp: '2019-12-01' }, { gemeente: 'GM0928', datums: ['2020-06-01', '2019-01-01'] }]) vergelijk(geschiedenis, v);
  });

  // Dates around a day of the history, "as known on" and "afgevoerd since" a little before or after it:
  // near the question's earliest day the read model only counts what it does not read.
  const dag = (n: number): string => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const vraag = fc
    .record({
      gemeente: fc.constantFrom('GM0928', 'GM0882'),
      basis: fc.integer({ min: -30, max: 1_300 }),
      datums: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 5 }),
      bekendOp: fc.option(fc.integer({ min: -200, max: 600 }), { nil: undefined }),
      afgevoerdSinds: fc.option(fc.integer({ min: -400, max: 200 }), { nil: undefined }),
    })
    .map(
      (v): RegisterVraag => ({
        gemeente: v.gemeente,
        datums: v.datums.map((d) => dag(v.basis + d)),
        ...(v.bekendOp === undefined ? {} : { bekendOp: dag(v.basis + v.bekendOp) }),
        ...(v.afgevoerdSinds === undefined ? {} : { afgevoerdSinds: dag(v.basis + v.afgevoerdSinds) }),
      }),
    );

  it('property: on histories through the decider (backdated steps, corrections), any dates, as known now or on any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), vraag, (seed, v) => {
        vergelijk(registergeschiedenis(seed), v);
      }),
      { numRuns: 300 },
    );
  });

  it('property: on raw histories the decider would refuse (changes out of order, any correction, days recorded out of order)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), vraag, (seed, v) => {
        vergelijk(registergeschiedenis(seed, { ruw: true }), v);
      }),
      { numRuns: 300 },
    );
  });
});
