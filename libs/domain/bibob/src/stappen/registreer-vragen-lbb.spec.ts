import { given, naEigenOnderzoek, adviesGevraagd, zaakId, door, stappen, zaakNa } from './zaak.spec-support';

describe('bibob: het LBB stelt de betrokkene vragen (art. 15 Wet Bibob)', () => {
  it('given advice pending, when the LBB puts questions on 23 October, then they are recorded', () => {
    given(adviesGevraagd).when(stappen.vragen()).then([{ type: 'LbbVragenGesteld', zaakId, gesteldOp: '2023-10-23', datum: '2023-10-23', door }]);
  });

  it('refuses questions without a pending advice, before the request, and while earlier ones are unanswered', () => {
    given(naEigenOnderzoek).when(stappen.vragen()).thenRefuses('bibob/stap-in-verkeerde-volgorde');
    given(adviesGevraagd).when(stappen.vragen('2023-10-01')).thenRefuses('bibob/datum-voor-vorige-stap', 'gesteldOp');
    given(zaakNa(adviesGevraagd, [stappen.vragen()])).when(stappen.vragen('2023-10-25')).thenRefuses('bibob/vragen-lbb-al-open', 'zaakId');
  });
});
