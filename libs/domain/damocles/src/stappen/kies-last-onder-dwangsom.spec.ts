import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { DamoclesCommand } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { ontvangen, voorgesteldTweede } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

const kies = (velden: Partial<Extract<DamoclesCommand, { type: 'KiesLastOnderDwangsom' }>> = {}): DamoclesCommand => ({
  type: 'KiesLastOnderDwangsom',
  zaakId,
  overtrederId: 'b-huurder',
  motivering: 'de huurder handelt vanuit de woning; een dwangsom naast de waarschuwing',
  datum: '2021-03-20',
  door,
  ...velden,
});

describe('damocles: kies last onder dwangsom (art. 5:32 Awb)', () => {
  it('records the choice against a betrokkene of the case, and leaves the case where it was', () => {
    given([ontvangen, voorgesteldTweede])
      .when(kies())
      .then([{ type: 'LastOnderDwangsomGekozen', zaakId, overtrederId: 'b-huurder', motivering: 'de huurder handelt vanuit de woning; een dwangsom naast de waarschuwing', datum: '2021-03-20', door }]);
    const voor = fold(damoclesDecider, [ontvangen, voorgesteldTweede]);
    const na = fold(damoclesDecider, [ontvangen, voorgesteldTweede, { type: 'LastOnderDwangsomGekozen', zaakId, overtrederId: 'b-huurder', motivering: 'm', datum: '2021-03-20', door }]);
    expect(na).toEqual(voor);
  });

  it('refuses someone who is no betrokkene, a choice without reasons, and an unknown case', () => {
    given([ontvangen]).when(kies({ overtrederId: 'b-onbekend' })).thenRefuses('damocles/overtreder-geen-betrokkene', 'overtrederId');
    given([ontvangen]).when(kies({ motivering: ' ' })).thenRefuses('damocles/dwangsom-zonder-motivering', 'motivering');
    given([]).when(kies()).thenRefuses('damocles/zaak-onbekend', 'zaakId');
  });
});
