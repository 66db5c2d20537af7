import { DeciderSpecification } from '@handhaving/domain-shared';
import type { StelBeleidVast } from './beleid.commands';
import { beleidDecider } from './beleid.decider';
import { voorbeeldBeleid } from './default-policies';

const given = DeciderSpecification.for(beleidDecider).given;

/*
 * Security hardening (issue 18, item 5): a policy's dates are plausible like every date of a step
 * (libs/termijnen, plausibele-datum.ts): from 1 January 1980; the ingangsdatum may lie ahead, at
 * most 10 years after the day the policy is set.
 */
const stel = (velden: Partial<StelBeleidVast> = {}): StelBeleidVast => ({
  type: 'StelBeleidVast',
  gemeente: 'GM0928',
  ingangsdatum: '2020-01-01',
  beleid: voorbeeldBeleid(),
  toelichting: 'Damoclesbeleid 2020',
  datum: '2019-12-10',
  door: 'beheerder-1',
  ...velden,
});

describe('beleid: plausible dates', () => {
  it('given nothing, when a policy goes in on 0001-01-01 or 1979-12-31, then it is refused naming ingangsdatum', () => {
    given([]).when(stel({ ingangsdatum: '0001-01-01' })).thenRefuses('beleid/datum-te-vroeg', 'ingangsdatum');
    given([]).when(stel({ ingangsdatum: '1979-12-31' })).thenRefuses('beleid/datum-te-vroeg', 'ingangsdatum');
  });

  it('given nothing, when a policy goes in more than 10 years after it is set, then it is refused naming ingangsdatum and the last day', () => {
    const weigering = given([]).when(stel({ ingangsdatum: '2029-12-11' })).thenRefuses('beleid/datum-te-ver-vooruit', 'ingangsdatum');
    expect(weigering.detail).toMatch(/2029-12-10/);
    given([]).when(stel({ ingangsdatum: '9999-12-31' })).thenRefuses('beleid/datum-te-ver-vooruit', 'ingangsdatum');
  });

  it('given nothing, when a policy goes in on 1980-01-01 or exactly 10 years after it is set, then it is set', () => {
    expect(beleidDecider.decide(stel({ ingangsdatum: '1980-01-01' }), beleidDecider.initialState())).toHaveLength(1);
    expect(beleidDecider.decide(stel({ ingangsdatum: '2029-12-10' }), beleidDecider.initialState())).toHaveLength(1);
  });

  it('given nothing, when the day of setting is 0001-01-01, then it is refused naming datum', () => {
    given([]).when(stel({ datum: '0001-01-01' })).thenRefuses('beleid/datum-te-vroeg', 'datum');
  });
});
