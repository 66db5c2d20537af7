import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider } from '../dwangsom.decider';
import { given, zaakId, door, stap, geopend, voornemen, termijnVerstreken } from './zaak.spec-support';

describe('dwangsom: registreer zienswijze', () => {
  it('records a zienswijze in time or late', () => {
    const zienswijze = { type: 'RegistreerZienswijze', ...stap, wijze: 'schriftelijk', datum: '2021-03-17' } as const;
    given([geopend, voornemen]).when(zienswijze).then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', van: 'b-dealer', binnenTermijn: true, datum: '2021-03-17', door }]);
    given([geopend, voornemen, termijnVerstreken])
      .when({ ...zienswijze, wijze: 'mondeling', datum: '2021-03-22' })
      .then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'mondeling', van: 'b-dealer', binnenTermijn: false, datum: '2021-03-22', door }]);
    given([geopend, voornemen]).when({ ...zienswijze, wijze: 'per-sms' as never }).thenRefuses('dwangsom/wijze-onbekend', 'wijze');
    given([geopend, voornemen]).when({ ...zienswijze, datum: '2021-03-01' }).thenRefuses('dwangsom/datum-voor-vorige-stap', 'datum');
    given([geopend]).when(zienswijze).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
  });

  it('comes from the overtreder the voornemen went to; a voornemen stored before it named him takes any one', () => {
    const zienswijze = { type: 'RegistreerZienswijze', ...stap, wijze: 'mondeling', datum: '2021-03-10' } as const;
    given([geopend, voornemen]).when({ ...zienswijze, van: 'b-buurman' }).thenRefuses('dwangsom/zienswijze-van-onbekend', 'van');
    const { aan: _aan, ...oudVoornemen } = voornemen;
    given([geopend, oudVoornemen]).when(zienswijze).then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'mondeling', binnenTermijn: true, datum: '2021-03-10', door }]);
    expect(fold(dwangsomDecider, [geopend, oudVoornemen, { type: 'ZienswijzeOntvangen', zaakId, wijze: 'mondeling', binnenTermijn: true, datum: '2021-03-10', door }])).toMatchObject({
      status: 'gereed-voor-besluit',
    });
  });
});
