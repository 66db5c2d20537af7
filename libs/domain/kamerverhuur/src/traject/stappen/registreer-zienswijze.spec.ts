import { fold } from '@handhaving/domain-shared';
import { trajectDecider } from '../traject.decider';
import { door, given, gereed, naHercontrole, naVoornemen, stap, zaakId } from './traject.spec-support';

const zienswijze = { type: 'RegistreerZienswijze', ...stap, wijze: 'schriftelijk', datum: '2020-03-10' } as const;
const ontvangen = (datum: string, binnenTermijn: boolean, wijze: 'schriftelijk' | 'mondeling' = 'schriftelijk') =>
  ({ type: 'ZienswijzeOntvangen', zaakId, wijze, van: 'b-eigenaar', binnenTermijn, datum, door }) as const;

describe('kamerverhuur traject: registreer zienswijze (art. 4:8 Awb)', () => {
  it('records the overtreder’s zienswijze within the term (through 17 March); heard, the last may follow', () => {
    given(naVoornemen).when(zienswijze).then([ontvangen('2020-03-10', true)]);
    expect(fold(trajectDecider, [...naVoornemen, ontvangen('2020-03-10', true)])).toMatchObject({ status: 'gereed-voor-besluit' });
  });

  it('records a late one, marked so', () => {
    given(gereed).when({ ...zienswijze, wijze: 'mondeling', datum: '2020-03-19' }).then([ontvangen('2020-03-19', false, 'mondeling')]);
  });

  it('refuses an unknown wijze, someone the voornemen did not go to, one before the voornemen, and one without voornemen', () => {
    given(naVoornemen).when({ ...zienswijze, wijze: 'per-sms' as never }).thenRefuses('kamerverhuur/wijze-onbekend', 'wijze');
    given(naVoornemen).when({ ...zienswijze, van: 'b-buurman' }).thenRefuses('kamerverhuur/zienswijze-van-onbekend', 'van');
    given(naVoornemen).when({ ...zienswijze, datum: '2020-03-02' }).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
    given(naHercontrole).when(zienswijze).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
  });
});
