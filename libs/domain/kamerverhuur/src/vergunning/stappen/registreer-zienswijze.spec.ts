import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { aangevuld, door, given, stappen, verleend, voornemenTotIntrekking, voornemenTotWeigering, zaakId } from './vergunning.spec-support';

describe('kamerverhuur: registreer de zienswijze (art. 4:8 Awb)', () => {
  it('given the voornemen to refuse, when the aanvrager’s zienswijze comes on 20 February, then it is on time and the zienswijzefase is over', () => {
    const ontvangen = { type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', van: 'b-eigenaar', binnenTermijn: true, datum: '2020-02-20', door } as const;
    given(voornemenTotWeigering).when(stappen.zienswijze('2020-02-20')).then([ontvangen]);
    expect(fold(vergunningDecider, [...voornemenTotWeigering, ontvangen])).toMatchObject({ status: 'aangevraagd', voornemen: { zienswijzen: [{ van: 'b-eigenaar', datum: '2020-02-20' }] } });
  });

  it('a zienswijze on the voornemen to revoke, after its term, is recorded and marked late', () => {
    given(voornemenTotIntrekking).when(stappen.zienswijze('2020-10-20')).then([{ type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', van: 'b-eigenaar', binnenTermijn: false, datum: '2020-10-20', door }]);
  });

  it('refuses a zienswijze without voornemen, from someone it did not go to, before the voornemen, and in an unknown way', () => {
    given(aangevuld).when(stappen.zienswijze('2020-02-20')).thenRefuses('kamerverhuur/geen-voornemen', 'zaakId');
    given(verleend).when(stappen.zienswijze('2020-02-20')).thenRefuses('kamerverhuur/geen-voornemen', 'zaakId');
    given(voornemenTotWeigering).when({ ...stappen.zienswijze('2020-02-20'), van: 'b-buurman' } as never).thenRefuses('kamerverhuur/zienswijze-van-onbekend', 'van');
    given(voornemenTotWeigering).when(stappen.zienswijze('2020-02-07')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
    given(voornemenTotWeigering).when({ ...stappen.zienswijze('2020-02-20'), wijze: 'per duif' } as never).thenRefuses('kamerverhuur/wijze-onbekend', 'wijze');
    given([]).when(stappen.zienswijze('2020-02-20')).thenRefuses('kamerverhuur/zaak-onbekend', 'zaakId');
  });
});
