import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { aangevuld, door, gereedVoorWeigering, given, stappen, voornemenTotIntrekking, voornemenTotWeigering, zaakId } from './vergunning.spec-support';

describe('kamerverhuur: stel vast dat de zienswijzetermijn verstreken is', () => {
  it('given the term through Monday 24 February, when nothing came, then from Tuesday the 25th the besluit may follow', () => {
    const verstreken = { type: 'ZienswijzetermijnVerstreken', zaakId, einde: '2020-02-24', datum: '2020-02-25', door } as const;
    given(voornemenTotWeigering).when(stappen.termijnVerstreken()).then([verstreken]);
    expect(fold(vergunningDecider, [...voornemenTotWeigering, verstreken])).toMatchObject({ voornemen: { termijnVerstreken: true } });
    given(voornemenTotIntrekking).when(stappen.termijnVerstreken('2020-10-20')).then([{ ...verstreken, einde: '2020-10-19', datum: '2020-10-20' }]);
  });

  it('refuses it on the last day of the term, without voornemen, and when the fase is already over', () => {
    given(voornemenTotWeigering).when(stappen.termijnVerstreken('2020-02-24')).thenRefuses('kamerverhuur/zienswijzetermijn-loopt-nog', 'datum');
    given(aangevuld).when(stappen.termijnVerstreken()).thenRefuses('kamerverhuur/geen-voornemen', 'zaakId');
    given(gereedVoorWeigering).when(stappen.termijnVerstreken('2020-02-26')).thenRefuses('kamerverhuur/zienswijzefase-al-afgerond', 'zaakId');
  });
});
