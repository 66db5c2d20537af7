import { dwangsomTabel, euro, type DwangsomCijfers } from './rapport-dwangsom';

const cel = (aantal: number) => ({ aantal, zaakIds: [] });

describe('handhaving rapport dwangsom', () => {
  it('writes amounts the Dutch way', () => {
    expect(euro(250_000)).toBe('€ 2.500,00');
    expect(euro(3_200_005)).toBe('€ 32.000,05');
  });

  it('shows every row of the figures with counts and amounts', () => {
    const cijfers: DwangsomCijfers = {
      gemeente: 'GM0928',
      periode: { van: '2021-01-01', tot: '2021-12-31' },
      bekendOp: null,
      peildatum: '2022-06-01',
      lastenOpgelegd: { apv: cel(1), huisvestingswet: cel(1), 'gemeentewet-151d': cel(0), 'opiumwet-13b': cel(0), omgevingswet: cel(0), totaal: cel(2) },
      lastenAanDrugsdealers: cel(1),
      verbeuringen: { ...cel(11), bedragCent: 3_200_000 },
      geind: { ...cel(2), bedragCent: 350_000 },
      lastenUitgeput: cel(1),
      verjaard: { ...cel(1), bedragCent: 250_000 },
      bezwaren: { tegenLast: cel(1), tegenInvordering: cel(1), laat: cel(1) },
    };
    const regels = dwangsomTabel(cijfers).split('\n');
    expect(regels[0]).toBe('Dwangsom GM0928, 2021-01-01 t/m 2021-12-31');
    expect(regels.find((r) => r.startsWith('Lasten onder dwangsom opgelegd'))).toMatch(/\s2$/);
    expect(regels.find((r) => r.startsWith('  waarvan aan drugsdealers'))).toMatch(/\s1$/);
    expect(regels.find((r) => r.startsWith('Dwangsommen verbeurd'))).toMatch(/11\s+€ 32\.000,00$/);
    expect(regels.find((r) => r.startsWith('Verjaard'))).toMatch(/1\s+€ 2\.500,00$/);
  });
});
