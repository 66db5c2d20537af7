import { given, zaakId, door, stap, geopend, voornemen, termijnVerstreken } from './zaak.spec-support';

describe('dwangsom: registreer zienswijze', () => {
  it('records a zienswijze in time or late', () => {
    const zienswijze = { type: 'RegistreerZienswijze', ...stap, wijze: 'schriftelijk', datum: '2021-03-17' } as const;
    given([geopend, voornemen]).when(zienswijze).then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', binnenTermijn: true, datum: '2021-03-17', door }]);
    given([geopend, voornemen, termijnVerstreken])
      .when({ ...zienswijze, wijze: 'mondeling', datum: '2021-03-22' })
      .then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'mondeling', binnenTermijn: false, datum: '2021-03-22', door }]);
    given([geopend, voornemen]).when({ ...zienswijze, wijze: 'per-sms' as never }).thenRefuses('dwangsom/wijze-onbekend', 'wijze');
    given([geopend, voornemen]).when({ ...zienswijze, datum: '2021-03-01' }).thenRefuses('dwangsom/datum-voor-vorige-stap', 'datum');
    given([geopend]).when(zienswijze).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
  });
});
