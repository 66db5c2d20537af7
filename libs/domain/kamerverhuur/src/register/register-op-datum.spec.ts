import type { RegisterEvent, PandInRegisterOpgenomen, Stand } from './register.events';
import { registerOp } from './register-op-datum';

/*
 * Five panden in Kerkrade, by hand:
 *   A  opgenomen 1-1-2019; vergund 1-3-2019.
 *   B  opgenomen 1-1-2019; vergund 1-4-2019 — corrected away on 1-9-2020 (special arrangements, no formal permit).
 *   C  opgenomen 1-1-2019; vergund 1-5-2019 — corrected away on 1-9-2020, likewise.
 *   D  opgenomen 1-2-2019; in handhaving 1-6-2019; afgevoerd 1-12-2019, recorded a day later.
 *   E  opgenomen 1-3-2020.
 * Each recorded on the day it took effect unless said otherwise.
 */
const door = 'medewerker-1';
const opname = (pand: string, huisnummer: number, ingangsdatum: string): PandInRegisterOpgenomen => ({
  type: 'PandInRegisterOpgenomen',
  zaakId: `pand-${pand}`,
  gemeente: 'GM0928',
  pand: { sleutel: `adres:6461AB-${huisnummer}`, identiteit: { soort: 'adres', postcode: '6461AB', huisnummer } },
  aantalKamers: 4,
  betrokkenen: { eigenaarId: `b-${pand}` },
  stand: 'in-onderzoek',
  ingangsdatum,
  geregistreerdOp: ingangsdatum,
  datum: ingangsdatum,
  door,
});
const wijziging = (pand: string, nummer: number, van: Stand, naar: Stand, ingangsdatum: string, geregistreerdOp = ingangsdatum): RegisterEvent => ({
  type: 'StandGewijzigd',
  zaakId: `pand-${pand}`,
  wijziging: nummer,
  van,
  naar,
  ...(naar === 'afgevoerd' ? { reden: 'geen kamerverhuur meer' } : {}),
  ingangsdatum,
  geregistreerdOp,
  datum: geregistreerdOp,
  door,
});
const correctie = (pand: string, ingangsdatum: string): RegisterEvent => ({
  type: 'GegevensGecorrigeerd',
  zaakId: `pand-${pand}`,
  correctie: { soort: 'wijziging-vervalt', wijziging: 1 },
  reden: 'bijzondere afspraken, geen formele vergunning',
  ingangsdatum,
  geregistreerdOp: '2020-09-01',
  datum: '2020-09-01',
  door,
});

const geschiedenis: readonly RegisterEvent[] = [
  opname('A', 1, '2019-01-01'),
  opname('B', 2, '2019-01-01'),
  opname('C', 3, '2019-01-01'),
  opname('D', 4, '2019-02-01'),
  wijziging('A', 1, 'in-onderzoek', 'vergund', '2019-03-01'),
  wijziging('B', 1, 'in-onderzoek', 'vergund', '2019-04-01'),
  wijziging('C', 1, 'in-onderzoek', 'vergund', '2019-05-01'),
  wijziging('D', 1, 'in-onderzoek', 'in-handhaving', '2019-06-01'),
  wijziging('D', 2, 'in-handhaving', 'afgevoerd', '2019-12-01', '2019-12-02'),
  opname('E', 5, '2020-03-01'),
  correctie('B', '2019-04-01'),
  correctie('C', '2019-05-01'),
];

const stand = (velden: Partial<Record<Stand, number>>): Record<Stand, number> => ({ 'in-onderzoek': 0, vergund: 0, 'in-handhaving': 0, gelegaliseerd: 0, afgevoerd: 0, ...velden });
const datums = ['2019-01-01', '2020-01-01', '2020-06-01'];

describe('kamerverhuur: the register on a date', () => {
  it('given the history, as known before the correction, then B and C count as vergund', () => {
    expect(registerOp(geschiedenis, datums, { bekendOp: '2020-08-31', afgevoerdSinds: '2019-07-01' })).toEqual([
      { datum: '2019-01-01', aantalPanden: 3, perStand: stand({ 'in-onderzoek': 3 }), vergund: 0, afgevoerdSinds: 0 },
      { datum: '2020-01-01', aantalPanden: 3, perStand: stand({ vergund: 3, afgevoerd: 1 }), vergund: 3, afgevoerdSinds: 1 },
      { datum: '2020-06-01', aantalPanden: 4, perStand: stand({ 'in-onderzoek': 1, vergund: 3, afgevoerd: 1 }), vergund: 3, afgevoerdSinds: 1 },
    ]);
  });

  it('as known now, the correction lowers vergund by 2 on both later dates, and B and C are back in onderzoek', () => {
    expect(registerOp(geschiedenis, datums, { afgevoerdSinds: '2019-07-01' })).toEqual([
      { datum: '2019-01-01', aantalPanden: 3, perStand: stand({ 'in-onderzoek': 3 }), vergund: 0, afgevoerdSinds: 0 },
      { datum: '2020-01-01', aantalPanden: 3, perStand: stand({ 'in-onderzoek': 2, vergund: 1, afgevoerd: 1 }), vergund: 1, afgevoerdSinds: 1 },
      { datum: '2020-06-01', aantalPanden: 4, perStand: stand({ 'in-onderzoek': 3, vergund: 1, afgevoerd: 1 }), vergund: 1, afgevoerdSinds: 1 },
    ]);
    expect(registerOp(geschiedenis, datums, { bekendOp: '2020-09-01' })).toEqual(registerOp(geschiedenis, datums).map(({ afgevoerdSinds: _, ...r }) => r));
  });

  it('as known before the afvoer was recorded, D is still in handhaving', () => {
    const [, eind2019] = registerOp(geschiedenis, ['2019-01-01', '2020-01-01'], { bekendOp: '2019-12-01' });
    expect(eind2019).toEqual({ datum: '2020-01-01', aantalPanden: 4, perStand: stand({ vergund: 3, 'in-handhaving': 1 }), vergund: 3 });
  });

  it('counts afgevoerd only from the day asked, and gelegaliseerd as vergund', () => {
    expect(registerOp(geschiedenis, ['2020-01-01'], { afgevoerdSinds: '2019-12-02' })[0].afgevoerdSinds).toBe(0);
    const gelegaliseerd = [...geschiedenis, wijziging('D', 3, 'afgevoerd', 'in-onderzoek', '2020-02-01'), wijziging('D', 4, 'in-onderzoek', 'in-handhaving', '2020-03-01'), wijziging('D', 5, 'in-handhaving', 'gelegaliseerd', '2020-04-01')];
    expect(registerOp(gelegaliseerd, ['2020-06-01'])).toEqual([{ datum: '2020-06-01', aantalPanden: 5, perStand: stand({ 'in-onderzoek': 3, vergund: 1, gelegaliseerd: 1 }), vergund: 2 }]);
  });

  it('reads streams interleaved in any order and ignores events of no register', () => {
    const vreemd = { type: 'HerinneringVerstuurd', zaakId: 'pand-A', ingangsdatum: '2019-01-01', geregistreerdOp: '2019-01-01' } as unknown as RegisterEvent;
    expect(registerOp([...geschiedenis].reverse().sort((a, b) => a.geregistreerdOp.localeCompare(b.geregistreerdOp)).concat(vreemd), datums)).toEqual(registerOp(geschiedenis, datums));
    expect(registerOp([], datums).map((r) => r.aantalPanden)).toEqual([0, 0, 0]);
  });
});
