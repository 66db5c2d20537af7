import { voorbeeldBeleid, type BeleidEvent, type BeleidVastgesteld } from '@handhaving/policy';
import { damoclesBeleidVoorVondst } from './damocles-beleid-voor-vondst';

const vastgesteld = (ingangsdatum: string, recidiveTermijnMaanden: number, vondstenZonderMaatregelTellenMee = false): BeleidVastgesteld => {
  const beleid = voorbeeldBeleid();
  return {
    type: 'BeleidVastgesteld',
    gemeente: 'GM0928',
    ingangsdatum,
    beleid: { ...beleid, damocles: { ...beleid.damocles, recidiveTermijnMaanden, vondstenZonderMaatregelTellenMee } },
    toelichting: `${recidiveTermijnMaanden} maanden`,
    vastgesteldOp: '2018-12-01',
    vastgesteldDoor: 'beheerder-1',
  };
};

// Kerkrade: 24 months from 2019-01-01, 36 months (and finds without a measure count) from 2020-01-01.
const kerkrade: BeleidEvent[] = [vastgesteld('2019-01-01', 24), vastgesteld('2020-01-01', 36, true)];

describe('damoclesBeleidVoorVondst: the policy a find in the figures is judged by', () => {
  it('given a policy in force on the find date, when asked, then that version, without a remark', () => {
    const opmerkingen = new Set<string>();
    expect(damoclesBeleidVoorVondst(kerkrade, 'GM0928', '2019-06-01', opmerkingen)).toMatchObject({ recidiveTermijnMaanden: 24, vondstenZonderMaatregelTellenMee: false });
    expect(damoclesBeleidVoorVondst(kerkrade, 'GM0928', '2020-01-01', opmerkingen)).toMatchObject({ recidiveTermijnMaanden: 36, vondstenZonderMaatregelTellenMee: true });
    expect([...opmerkingen]).toEqual([]);
  });

  it('given a find from before the first policy, when asked, then the first policy (not a silent 36 months), said once in the remarks', () => {
    const opmerkingen = new Set<string>();
    expect(damoclesBeleidVoorVondst(kerkrade, 'GM0928', '2018-12-20', opmerkingen)).toMatchObject({ recidiveTermijnMaanden: 24 });
    expect(damoclesBeleidVoorVondst(kerkrade, 'GM0928', '2018-11-02', opmerkingen)).toMatchObject({ recidiveTermijnMaanden: 24 });
    expect([...opmerkingen]).toEqual([expect.stringMatching(/^Vondsten van voor 2019-01-01, het begin van het eerste vastgelegde Damocles-beleid van GM0928, .*24 maanden\)\.$/)]);
  });

  it('given a gemeente without any policy, when asked, then 36 months and finds without a measure not counted, with a remark saying what to do', () => {
    const opmerkingen = new Set<string>();
    expect(damoclesBeleidVoorVondst([], 'GM0882', '2020-05-01', opmerkingen)).toEqual({ recidiveTermijnMaanden: 36, vondstenZonderMaatregelTellenMee: false });
    expect([...opmerkingen]).toEqual([expect.stringContaining('GM0882 heeft geen Damocles-beleid van kracht vastgelegd')]);
    expect([...opmerkingen][0]).toContain('POST /api/beleid/GM0882/versies');
  });
});
