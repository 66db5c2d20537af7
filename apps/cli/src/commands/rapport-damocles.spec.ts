import { damoclesTabel, type DamoclesCijfers } from './rapport-damocles';

const cel = (aantal: number) => ({ aantal, zaakIds: [] });
const rij = (softdrugs: number, harddrugs: number, attributen: number) => ({ softdrugs: cel(softdrugs), harddrugs: cel(harddrugs), attributen: cel(attributen), totaal: cel(softdrugs + harddrugs + attributen) });
const metHerroepen = (aantallen: readonly number[], herroepen: readonly number[]) => {
  const [softdrugs = 0, harddrugs = 0, attributen = 0] = aantallen;
  const [hs = 0, hh = 0, ha = 0] = herroepen;
  return {
    softdrugs: { ...cel(softdrugs), laterHerroepen: cel(hs) },
    harddrugs: { ...cel(harddrugs), laterHerroepen: cel(hh) },
    attributen: { ...cel(attributen), laterHerroepen: cel(ha) },
    totaal: { ...cel(softdrugs + harddrugs + attributen), laterHerroepen: cel(hs + hh + ha) },
  };
};

describe('handhaving rapport damocles', () => {
  // Kerkrade 2020 as known now in the scenario: one harddrugs closure of 2020 revoked on bezwaar in 2021.
  const cijfers: DamoclesCijfers = {
    gemeente: 'GM0928',
    periode: { van: '2020-01-01', tot: '2020-12-31' },
    bekendOp: null,
    sluitingsbesluiten: metHerroepen([5, 7, 1], [0, 1, 0]),
    waarschuwingen: rij(6, 0, 6),
    rapportagesOntvangen: cel(28),
    recidive: cel(2),
  };
  const regels = damoclesTabel(cijfers).split('\n');
  const cellen = (label: string) => regels.find((r) => r.startsWith(label))?.slice(label.length).trim().split(/\s+/);

  it('counts a closure revoked on bezwaar in the year it went out, and shows how many beside the row', () => {
    expect(cellen('Sluitingsbesluit')).toEqual(['5', '7', '1', '13']);
    expect(cellen('  waarvan later herroepen')).toEqual(['0', '1', '0', '1']);
  });

  it('keeps the Kerkrade rows: warnings with "n.v.t." for harddrugs, rapportages, recidive', () => {
    expect(regels[0]).toBe('Damocles GM0928, 2020-01-01 t/m 2020-12-31');
    expect(cellen('Waarschuwing')).toEqual(['6', 'n.v.t.', '6', '12']);
    expect(regels).toContain('Ontvangen rapportages vedomi-panden: 28');
    expect(regels).toContain('Recidive (eerdere vondst in hetzelfde pand binnen de beleidstermijn): 2');
  });

  it('as reported then: the date in the heading, nothing revoked yet', () => {
    const toen = damoclesTabel({ ...cijfers, bekendOp: '2020-12-31', sluitingsbesluiten: metHerroepen([6, 6, 1], [0, 0, 0]) }).split('\n');
    expect(toen[0]).toBe('Damocles GM0928, 2020-01-01 t/m 2020-12-31 (zoals bekend op 2020-12-31)');
    expect(toen.find((r) => r.startsWith('  waarvan later herroepen'))?.trim().split(/\s+/).slice(-4)).toEqual(['0', '0', '0', '0']);
  });
});
