import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { aangevuld, door, geweigerd, given, ingetrokken, stap, stappen, verleend, voornemenTotIntrekking, voornemenTotWeigering, gereedVoorWeigering, zaakId } from './vergunning.spec-support';

const verzonden = (strekking: 'weigeren' | 'intrekken', verzenddatum: string, einde: string): never =>
  ({
    type: 'VoornemenVerzonden',
    zaakId,
    strekking,
    verzenddatum,
    zienswijzetermijn: { einde, lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true },
    aan: ['b-eigenaar'],
    datum: verzenddatum,
    door,
  }) as never;

describe('kamerverhuur: verzend het voornemen (art. 4:7, 4:8 Awb)', () => {
  it('given the aanvraag, when the voornemen goes out Monday 10 February 2020, then it announces a weigering and the aanvrager has two weeks, through Monday 24 February', () => {
    given(aangevuld).when(stappen.voornemen()).then([verzonden('weigeren', '2020-02-10', '2020-02-24')]);
    expect(fold(vergunningDecider, voornemenTotWeigering)).toMatchObject({ status: 'aangevraagd', voornemen: { strekking: 'weigeren', zienswijzetermijnEinde: '2020-02-24' } });
  });

  it('given the permit, when the voornemen goes out Monday 5 October 2020, then it announces the intrekking to the holder, through Monday 19 October', () => {
    given(verleend).when(stappen.voornemen('2020-10-05')).then([verzonden('intrekken', '2020-10-05', '2020-10-19')]);
  });

  it('a new voornemen may follow once the zienswijzefase of the last ended without the besluit', () => {
    given(gereedVoorWeigering).when(stappen.voornemen('2020-03-02')).then([verzonden('weigeren', '2020-03-02', '2020-03-16')]);
  });

  it('refuses a voornemen while one runs, before the aanvraag or the verlening, to someone not the aanvrager, and once refused or revoked', () => {
    given(voornemenTotWeigering).when(stappen.voornemen('2020-02-12')).thenRefuses('kamerverhuur/voornemen-loopt-al', 'zaakId');
    given(voornemenTotIntrekking).when(stappen.voornemen('2020-10-12')).thenRefuses('kamerverhuur/voornemen-loopt-al', 'zaakId');
    given(aangevuld).when({ ...stappen.voornemen('2020-01-02'), datum: '2020-01-06' } as never).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'verzenddatum');
    given(verleend).when({ ...stappen.voornemen('2020-02-18'), datum: '2020-02-20' } as never).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'verzenddatum');
    given(aangevuld).when({ ...stappen.voornemen(), ...stap, aan: ['b-buurman'] } as never).thenRefuses('kamerverhuur/voornemen-aan-onbekende', 'aan');
    given(aangevuld).when({ ...stappen.voornemen(), zienswijzetermijn: { einde: '2020-02-10' } } as never).thenRefuses('kamerverhuur/termijn-ongeldig', 'zienswijzetermijn.einde');
    given(geweigerd).when(stappen.voornemen('2020-03-02')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given(ingetrokken).when(stappen.voornemen('2020-11-02')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given([]).when(stappen.voornemen()).thenRefuses('kamerverhuur/zaak-onbekend', 'zaakId');
  });
});
