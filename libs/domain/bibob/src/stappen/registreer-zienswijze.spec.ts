import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import { given, voornemenVerzonden, adviesOntvangen, zaakId, door, stap } from './zaak.spec-support';

describe('bibob: registreer de zienswijze (art. 4:8 Awb)', () => {
  const zienswijze = { type: 'RegistreerZienswijze', ...stap, wijze: 'schriftelijk', datum: '2023-11-29' } as const;

  it('given the voornemen to the aanvrager, when his zienswijze comes on 29 November, then it is on time and the besluit may follow', () => {
    const ontvangen = { type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', van: 'b-exploitant', binnenTermijn: true, datum: '2023-11-29', door } as const;
    given(voornemenVerzonden).when(zienswijze).then([ontvangen]);
    expect(fold(bibobDecider, [...voornemenVerzonden, ontvangen])).toMatchObject({ status: 'gereed-voor-besluit', zienswijze: 'ontvangen' });
  });

  it('refuses a zienswijze without voornemen, and from someone it did not go to', () => {
    given(adviesOntvangen).when(zienswijze).thenRefuses('bibob/stap-in-verkeerde-volgorde');
    given(voornemenVerzonden).when({ ...zienswijze, van: 'b-buurman' }).thenRefuses('bibob/zienswijze-van-onbekend', 'van');
  });
});
