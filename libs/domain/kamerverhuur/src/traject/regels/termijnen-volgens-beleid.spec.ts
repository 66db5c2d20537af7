import { voorbeeldBeleid } from '@handhaving/policy';
import { kamerverhuurtermijnenVolgensBeleid } from './termijnen-volgens-beleid';

describe('kamerverhuur traject: the terms of the gemeente’s policy', () => {
  it('gives the standard two weeks for a zienswijze and eight for the begunstiging, extended as the Atw would', () => {
    expect(kamerverhuurtermijnenVolgensBeleid(voorbeeldBeleid().termijnen)).toEqual({
      zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
      begunstigingstermijn: { lengte: { aantal: 8, eenheid: 'weken' }, verlengAlsAtw: true },
    });
  });

  it('follows a policy that sets other terms', () => {
    const termijnen = voorbeeldBeleid().termijnen;
    const anders = { ...termijnen, begunstigingstermijn: { ...termijnen.begunstigingstermijn, kamerverhuur: { aantal: 3, eenheid: 'maanden' } }, atwVerlengt: { zienswijzetermijn: true, begunstigingstermijn: false } } as const;
    expect(kamerverhuurtermijnenVolgensBeleid(anders).begunstigingstermijn).toEqual({ lengte: { aantal: 3, eenheid: 'maanden' }, verlengAlsAtw: false });
  });
});
