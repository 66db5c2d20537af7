import { BEVINDINGEN, VERVOLGCONTEXTEN } from '@handhaving/domain-flexteam';
import { STANDEN, type FlexteamCel, type FlexteamCijfers } from '@handhaving/read-models';
import { flexteamCijfersAlsCsv } from './flexteam-cijfers-csv';

/* The figures of a year as a spreadsheet reads them: one figure per row, the stand a year later under each context. */

const cel = (aantal: number): FlexteamCel => ({ aantal, panden: [], zaakIds: [] });
const per = <K extends string>(sleutels: readonly K[], aantal: (k: K) => number): Record<K, FlexteamCel> => Object.fromEntries(sleutels.map((k) => [k, cel(aantal(k))])) as Record<K, FlexteamCel>;

const cijfers: FlexteamCijfers = {
  gemeente: 'GM0928',
  jaar: 2020,
  bekendOp: '2021-01-15',
  controles: { uitgevoerd: cel(6), geannuleerd: cel(1) },
  adressen: { bezocht: cel(48), gepland: cel(45), opDeDagToegevoegd: cel(3), metToegang: cel(35), toegangPercentage: 72.9 },
  bevindingen: per(BEVINDINGEN, (b) => (b === 'kamerverhuur' ? 7 : 1)),
  vervolg: { gestart: { ...per(VERVOLGCONTEXTEN, (c) => (c === 'kamerverhuurtraject' ? 7 : 0)), totaal: cel(7) }, afgezien: cel(2) },
  naEenJaar: Object.fromEntries(
    VERVOLGCONTEXTEN.map((c) => [c, per([...STANDEN[c], 'nogGeenJaar'], (s) => (c !== 'kamerverhuurtraject' ? 0 : s === 'afgesloten-nageleefd' ? 4 : s === 'lopend' ? 3 : 0))]),
  ) as unknown as FlexteamCijfers['naEenJaar'],
};

describe('flexteamCijfersAlsCsv', () => {
  const rijen = flexteamCijfersAlsCsv(cijfers).split('\r\n');

  it('names the gemeente, the year and the day of knowledge, one figure per row; the access rate with a decimal comma', () => {
    expect(rijen[0]).toBe('Flexteam GM0928 2020 (bekend op 2021-01-15);aantal');
    expect(rijen).toContain('Controles uitgevoerd;6');
    expect(rijen).toContain('waarvan op de dag toegevoegd;3');
    expect(rijen).toContain('Toegang (%);72,9');
    expect(rijen).toContain('Bevinding: kamerverhuur;7');
  });

  it('under each context the buckets a year later, adding up to the follow-ups started', () => {
    const start = rijen.indexOf('Vervolg gestart: kamerverhuurtraject;7');
    const buckets = rijen.slice(start + 1, start + 1 + STANDEN.kamerverhuurtraject.length + 1);
    expect(buckets).toContain('na een jaar: afgesloten-nageleefd;4');
    expect(buckets).toContain('na een jaar: nog geen jaar verstreken;0');
    expect(buckets.reduce((som, r) => som + Number(r.split(';')[1]), 0)).toBe(7);
  });
});
