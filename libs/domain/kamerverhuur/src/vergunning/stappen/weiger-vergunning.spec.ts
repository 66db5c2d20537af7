import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { aangevuld, door, gereedVoorWeigering, geweigerd, given, stappen, verleend, voornemenTotWeigering, zaakId, zaakNa } from './vergunning.spec-support';

const geweigerdEvent = (datum = '2020-02-26', bezwaartermijnEinde = '2020-04-08'): never =>
  ({
    type: 'VergunningGeweigerd',
    zaakId,
    besluitdatum: datum,
    bekendmakingsdatum: datum,
    bezwaartermijnEinde,
    motivering: 'zes kamers in een pand van 90 m²: te weinig woonoppervlak per kamer (Beleidsregel kamerverhuur)',
    datum,
    door,
  }) as never;

describe('kamerverhuur: weiger de vergunning', () => {
  it('given the zienswijzefase over, when the aanvraag is refused Wednesday 26 February 2020, then bezwaar runs through Wednesday 8 April (art. 6:7 Awb)', () => {
    given(gereedVoorWeigering).when(stappen.weiger()).then([geweigerdEvent()]);
    expect(fold(vergunningDecider, geweigerd)).toMatchObject({ status: 'geweigerd', bestreden: { soort: 'weigering', bezwaartermijnEinde: '2020-04-08', rechtsbescherming: { voorlopigeVoorziening: 'geen' } } });
  });

  it('after everyone the voornemen went to was heard, before the term ended, from the day of the zienswijze', () => {
    const gehoord = zaakNa(voornemenTotWeigering, [stappen.zienswijze('2020-02-20')]);
    given(gehoord).when(stappen.weiger('2020-02-20')).then([geweigerdEvent('2020-02-20', '2020-04-02')]);
    given(gehoord).when(stappen.weiger('2020-02-19')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
  });

  it('without a voornemen (art. 4:7 lid 1 Awb asks one only where the weigering rests on facts that differ from the aanvrager’s own)', () => {
    given(aangevuld).when(stappen.weiger('2020-02-26')).then([geweigerdEvent()]);
    given(aangevuld).when(stappen.weiger('2020-01-02')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
  });

  it('refuses a weigering during the zienswijzefase, within the zienswijzetermijn, or made known before it was taken', () => {
    given(voornemenTotWeigering).when(stappen.weiger('2020-02-26')).thenRefuses('kamerverhuur/zienswijzefase-niet-afgerond', 'zaakId');
    const verstrekenVastgesteld = [...voornemenTotWeigering, { type: 'ZienswijzetermijnVerstreken', zaakId, einde: '2020-02-24', datum: '2020-02-25', door } as const];
    given(verstrekenVastgesteld).when(stappen.weiger('2020-02-24')).thenRefuses('kamerverhuur/besluit-binnen-zienswijzetermijn', 'datum');
    given(gereedVoorWeigering).when({ ...stappen.weiger(), bekendmakingsdatum: '2020-02-25' } as never).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'bekendmakingsdatum');
  });

  it('refuses a weigering without motivering, a second one, and one of a granted permit', () => {
    given(gereedVoorWeigering).when({ ...stappen.weiger(), motivering: ' ' } as never).thenRefuses('kamerverhuur/motivering-ontbreekt', 'motivering');
    given(geweigerd).when(stappen.weiger('2020-03-02')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given(verleend).when(stappen.weiger('2020-03-02')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
  });
});
