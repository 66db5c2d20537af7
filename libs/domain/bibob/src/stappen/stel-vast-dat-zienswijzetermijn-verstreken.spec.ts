import { given, voornemenVerzonden, zaakId, door, stappen } from './zaak.spec-support';

describe('bibob: stel vast dat de zienswijzetermijn verstreken is', () => {
  it('from the day after Friday 1 December, not on it', () => {
    given(voornemenVerzonden).when(stappen.termijnVerstreken()).then([{ type: 'ZienswijzetermijnVerstreken', zaakId, einde: '2023-12-01', datum: '2023-12-04', door }]);
    given(voornemenVerzonden).when(stappen.termijnVerstreken('2023-12-01')).thenRefuses('bibob/zienswijzetermijn-loopt-nog', 'datum');
  });
});
