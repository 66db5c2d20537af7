import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import type { BibobEvent } from '../bibob.events';
import { door, geweigerd, given, metBezwaar, naEigenOnderzoek, opSignaal, stap, zaakId } from './zaak.spec-support';

const vernietig = (datum: string) => ({ type: 'VernietigInhoud', ...stap, reden: 'bewaartermijn-verstreken', datum }) as const;
const vernietigd = (datum: string): BibobEvent => ({ type: 'InhoudVernietigd', zaakId, reden: 'bewaartermijn-verstreken', datum, door });

describe('bibob: vernietig de inhoud na de bewaartermijn', () => {
  it('once the besluit of 6 December 2023 can no longer be contested (bezwaartermijn through 17 January 2024, art. 6:7 Awb) the key goes, and the fact is recorded', () => {
    given(geweigerd).when(vernietig('2024-01-17')).thenRefuses('bibob/bewaartermijn-niet-verstreken');
    given(geweigerd).when(vernietig('2024-01-18')).then([vernietigd('2024-01-18')]);
    expect(fold(bibobDecider, [...geweigerd, vernietigd('2024-01-18')])).toMatchObject({ status: 'besloten', inhoudVernietigdOp: '2024-01-18' });
  });

  it('a toets closed without besluit may lose its contents at once; destroying again records nothing', () => {
    const afgesloten: BibobEvent[] = [opSignaal, { type: 'BibobToetsAfgesloten', zaakId, reden: 'geen-maatregel', datum: '2023-10-10', door }];
    given(afgesloten).when(vernietig('2023-10-11')).then([vernietigd('2023-10-11')]);
    given([...afgesloten, vernietigd('2023-10-11')]).when(vernietig('2024-01-01')).then([]);
  });

  it('refuses while the toets runs or a bezwaar is undecided, and for a toets that does not exist', () => {
    given(naEigenOnderzoek).when(vernietig('2031-01-06')).thenRefuses('bibob/bewaartermijn-niet-verstreken');
    given(metBezwaar).when(vernietig('2031-01-06')).thenRefuses('bibob/bewaartermijn-niet-verstreken');
    expect(() => bibobDecider.decide(vernietig('2031-01-06'), bibobDecider.initialState())).toThrow(expect.objectContaining({ rule: expect.stringMatching(/^bibob\//) }));
  });
});
