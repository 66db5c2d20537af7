import { given, geweigerd, gereedVoorBesluit, zaakId, door, stappen } from './zaak.spec-support';

describe('bibob: registreer bezwaar (art. 6:7–6:9 Awb)', () => {
  it('against the refusal made known 6 December 2023: on time through 17 January 2024, late after', () => {
    given(geweigerd).when(stappen.bezwaar()).then([{ type: 'BezwaarIngediend', zaakId, van: 'b-exploitant', ontvangstdatum: '2024-01-10', bezwaartermijnEinde: '2024-01-17', tijdig: true, datum: '2024-01-10', door }]);
    given(geweigerd).when(stappen.bezwaar('2024-01-18')).then([{ type: 'BezwaarIngediend', zaakId, van: 'b-exploitant', ontvangstdatum: '2024-01-18', bezwaartermijnEinde: '2024-01-17', tijdig: false, datum: '2024-01-18', door }]);
    given(gereedVoorBesluit).when(stappen.bezwaar()).thenRefuses('bibob/stap-in-verkeerde-volgorde');
  });
});
