import { DeciderSpecification } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { ontvangen, totVoornemen, voorgesteldTweede } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

describe('damocles: neem spoedeisende sluiting (art. 4:11 Awb)', () => {
  const spoed = {
    type: 'NeemSpoedeisendeSluiting',
    zaakId,
    motivering: 'Brandgevaarlijke installatie; direct gevaar voor de buren',
    duurMaanden: 3,
    bekendmakingsdatum: '2021-02-17',
    datum: '2021-02-17',
    door,
  } as const;

  it('skips the voornemen with its motivation and takes the sluitingsbesluit at once', () => {
    given([ontvangen, voorgesteldTweede])
      .when(spoed)
      .then([
        { type: 'VoornemenAchterwegeGelaten', zaakId, motivering: spoed.motivering, datum: '2021-02-17', door },
        { type: 'SluitingsbesluitGenomen', zaakId, duurMaanden: 3, bekendmakingsdatum: '2021-02-17', bezwaartermijnEinde: '2021-03-31', spoedeisend: true, datum: '2021-02-17', door },
      ]);
  });

  it('refuses it without a motivation, or after a voornemen', () => {
    given([ontvangen, voorgesteldTweede])
      .when({ ...spoed, motivering: '' })
      .thenRefuses('damocles/spoed-zonder-motivering', 'motivering');
    given(totVoornemen).when(spoed).thenRefuses('damocles/stap-in-verkeerde-volgorde');
  });
});
