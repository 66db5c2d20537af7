import { DeciderSpecification } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import { ontvangen, stelVoor, totVoornemen, voorgesteldEerste, voorgesteldTweede } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

describe('damocles: stel maatregel voor (the policy ladder)', () => {
  it('applies the ladder itself: a first softdrugs find in a woning gives a waarschuwing, and says why', () => {
    given([ontvangen]).when(stelVoor([])).then([voorgesteldEerste]);
  });

  it('counts the earlier finds the application passes in: the second within the window gives a closure of 3 months', () => {
    given([ontvangen]).when(stelVoor()).then([voorgesteldTweede]);
  });

  it('may propose again before the voornemen (e.g. after a correction), the last proposal counting', () => {
    given([ontvangen, voorgesteldEerste]).when(stelVoor()).then([voorgesteldTweede]);
  });

  it('refuses an earlier find that is not earlier, a proposal for an unknown case, for another case, or after the voornemen', () => {
    given([ontvangen])
      .when(stelVoor([{ zaakId: 'x', constateringsdatum: '2021-02-10' }]))
      .thenRefuses('damocles/eerdere-vondst-ongeldig', 'eerdereVondsten[0]');
    given([]).when(stelVoor()).thenRefuses('damocles/zaak-onbekend', 'zaakId');
    given([ontvangen])
      .when({ ...stelVoor(), zaakId: 'andere-zaak' })
      .thenRefuses('damocles/andere-zaak', 'zaakId');
    given(totVoornemen).when(stelVoor()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });
});
