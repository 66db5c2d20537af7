import type { AfloopEvent, FlexteamCijferControle } from './flexteam-cijfers.evolve';
import { eenJaarNa, evolveFlexteamCijfers, metStandwijziging, standOp, standwijziging } from './flexteam-cijfers.evolve';
import { jarenVanControle } from './flexteam-cijfers.projection';
import { bezoek, controle } from './test-support/flexteam-controles';

/*
 * The fold of the flexteam figures, given the events of one control and of its follow-ups' cases:
 * what a control keeps, which step of which context settles a follow-up, and where it stood on a
 * day as known on a day. The read model in Redis, fed by the store, is tested in the .int.spec.ts beside.
 */

const A = 'adres:6461AB-12';
const c = controle('C-1', { geplandOp: '2020-03-10', adressen: [A] });

function na(...events: Parameters<typeof evolveFlexteamCijfers>[1][]): FlexteamCijferControle | null {
  return events.reduce<FlexteamCijferControle | null>((record, event) => evolveFlexteamCijfers(record, event), null);
}

describe('evolveFlexteamCijfers', () => {
  it('keeps the planning, the visits and each follow-up once; a control it never saw planned stays unknown', () => {
    const record = na(c.gepland('2020-03-01'), c.uitgevoerd('2020-03-10', [bezoek(A, { bevindingen: ['kamerverhuur'] })]), c.vervolg('2020-03-12', A, 'kamerverhuur', 'kamerverhuurtraject', 'T-1'), c.vervolg('2020-03-13', A, 'kamerverhuur', 'kamerverhuurtraject', 'T-1'));
    expect(record?.uitgevoerd?.bezoeken).toEqual([{ pandSleutel: A, gepland: true, toegang: true, bevindingen: ['kamerverhuur'] }]);
    expect(record?.vervolgen.map((v) => [v.zaakId, v.datum])).toEqual([['T-1', '2020-03-12']]);
    expect(na(c.uitgevoerd('2020-03-10', []))).toBeNull();
  });

  it('a cancelled control is not held, and a held one is not cancelled', () => {
    expect(na(c.gepland('2020-03-01'), c.geannuleerd('2020-03-05'), c.uitgevoerd('2020-03-10', []))?.uitgevoerd).toBeUndefined();
    expect(na(c.gepland('2020-03-01'), c.uitgevoerd('2020-03-10', []), c.geannuleerd('2020-03-11'))?.geannuleerd).toBeUndefined();
  });

  it('files a control under the year it was to be held and the year it was held', () => {
    const record = na(controle('C-2', { geplandOp: '2020-12-30', adressen: [A] }).gepland('2020-12-01'), controle('C-2', { geplandOp: '2020-12-30', adressen: [A] }).uitgevoerd('2021-01-06', [])) as FlexteamCijferControle;
    expect(jarenVanControle(record)).toEqual([2020, 2021]);
  });
});

describe('where a follow-up stands', () => {
  const afgesloten = { type: 'TrajectAfgesloten', zaakId: 'T-1', afsluitdatum: '2020-11-02', resultaat: 'gelegaliseerd', datum: '2020-11-03', door: 'jur-1' } as AfloopEvent;

  it('by the step of its own context, dated by the step; the same type name in another context is not that step', () => {
    expect(standwijziging('kamerverhuurtraject', afgesloten, '2020-11-03')).toEqual({ stand: 'afgesloten-gelegaliseerd', datum: '2020-11-02', geregistreerdOp: '2020-11-03' });
    expect(standwijziging('damocles', afgesloten, '2020-11-03')).toBeUndefined();
    const opgeheven = { type: 'LastOpgeheven', zaakId: 'D-1', ingangsdatum: '2021-02-01', reden: 'een jaar zonder verbeuring', datum: '2021-01-20', door: 'jur-1' } as AfloopEvent;
    expect(standwijziging('dwangsom', opgeheven, '2021-01-20')?.stand).toBe('last-opgeheven');
  });

  it('on a day: the last step dated by then and recorded by the day of knowledge, else the beginstand', () => {
    const record = na(c.gepland('2020-03-01'), c.uitgevoerd('2020-03-10', []), c.vervolg('2020-03-12', A, 'kamerverhuur', 'kamerverhuurtraject', 'T-1')) as FlexteamCijferControle;
    const met = metStandwijziging(record, 'kamerverhuurtraject', 'T-1', { stand: 'afgesloten-nageleefd', datum: '2020-11-01', geregistreerdOp: '2021-04-01' });
    const vervolg = met.vervolgen[0] as FlexteamCijferControle['vervolgen'][number];
    expect(standOp(vervolg, '2021-03-10')).toBe('afgesloten-nageleefd');
    expect(standOp(vervolg, '2020-10-31')).toBe('lopend');
    expect(standOp(vervolg, '2021-03-10', '2021-03-31')).toBe('lopend'); // closed then, but recorded later
    expect(metStandwijziging(record, 'damocles', 'T-1', { stand: 'waarschuwing-gegeven', datum: '2020-04-01', geregistreerdOp: '2020-04-01' })).toBe(record);
  });

  it('a year after a day, 29 February a year later being 28 February', () => {
    expect(eenJaarNa('2020-03-10')).toBe('2021-03-10');
    expect(eenJaarNa('2020-02-29')).toBe('2021-02-28');
  });
});
