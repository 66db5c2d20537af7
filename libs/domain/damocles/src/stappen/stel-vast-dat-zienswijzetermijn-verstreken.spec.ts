import { DeciderSpecification } from '@handhaving/domain-shared';
import type { DamoclesCommand } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { ontvangen, termijnVerstreken, totVoornemen, voorgesteldTweede } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

describe('damocles: stel vast dat de zienswijzetermijn verstreken is', () => {
  it('establishes the term passed only after its last day', () => {
    const verstreken = (datum: string): DamoclesCommand => ({ type: 'StelVastDatZienswijzetermijnVerstreken', zaakId, datum, door });
    given(totVoornemen).when(verstreken('2021-03-04')).then([termijnVerstreken]);
    given(totVoornemen).when(verstreken('2021-03-03')).thenRefuses('damocles/zienswijzetermijn-loopt-nog', 'datum');
    given([ontvangen, voorgesteldTweede]).when(verstreken('2021-03-04')).thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });
});
