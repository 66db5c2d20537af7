import { fold } from '@handhaving/domain-shared';
import { trajectDecider } from '../traject.decider';
import { afgesloten, beslist, bestuursdwang, dwangsomGekozen, geconstateerd, given, gereed, inBezwaar, kies, naVoornemen, opgelegd } from './traject.spec-support';

describe('kamerverhuur traject: kies last onder dwangsom (art. 5:32 Awb)', () => {
  it('given a constatering, when the dwangsom route is chosen, then the event names the dwangsom case to open and what it needs', () => {
    given([geconstateerd]).when(kies()).then([dwangsomGekozen()]);
    expect(fold(trajectDecider, [geconstateerd, dwangsomGekozen()])).toMatchObject({ status: 'dwangsom-gekozen', dwangsom: { dwangsomZaakId: kies().dwangsomZaakId, gekozenOp: '2020-02-12' } });
  });

  it('may follow a voornemen or the zienswijzefase: the dwangsom case sends its own voornemen', () => {
    given(naVoornemen).when(kies({ datum: '2020-03-10' })).then([dwangsomGekozen('2020-03-10')]);
    given(gereed).when(kies({ datum: '2020-03-18' })).then([dwangsomGekozen('2020-03-18')]);
  });

  it('may follow a last onder bestuursdwang herroepen on bezwaar', () => {
    given([...inBezwaar, beslist('gegrond')]).when(kies({ datum: '2020-06-11' })).then([dwangsomGekozen('2020-06-11')]);
  });

  it('refuses it once chosen, while a last onder bestuursdwang stands, or after closure', () => {
    given([geconstateerd, dwangsomGekozen()]).when(kies({ datum: '2020-02-13' })).thenRefuses('kamerverhuur/dwangsom-al-gekozen', 'zaakId');
    given(opgelegd).when(kies({ datum: '2020-03-20' })).thenRefuses('kamerverhuur/bestuursdwang-gekozen', 'zaakId');
    given(bestuursdwang).when(kies({ datum: '2020-06-03' })).thenRefuses('kamerverhuur/bestuursdwang-gekozen', 'zaakId');
    given([geconstateerd, afgesloten('gelegaliseerd', '2020-02-10', 'vergunning verleend')]).when(kies()).thenRefuses('kamerverhuur/traject-afgesloten', 'zaakId');
    given([]).when(kies()).thenRefuses('kamerverhuur/zaak-onbekend', 'zaakId');
  });

  it('refuses it without the dwangsom case’s id (a uuid the API sets), or without motivering', () => {
    given([geconstateerd]).when(kies({ dwangsomZaakId: undefined as never })).thenRefuses('kamerverhuur/dwangsomzaak-ontbreekt', 'dwangsomZaakId');
    given([geconstateerd]).when(kies({ dwangsomZaakId: ' ' })).thenRefuses('kamerverhuur/dwangsomzaak-ontbreekt', 'dwangsomZaakId');
    given([geconstateerd]).when(kies({ dwangsomZaakId: 'dwangsom-1' })).thenRefuses('kamerverhuur/dwangsomzaak-ongeldig', 'dwangsomZaakId');
    given([geconstateerd]).when(kies({ motivering: '' })).thenRefuses('kamerverhuur/motivering-ontbreekt', 'motivering');
  });

  it('refuses a choice dated before the last step of the traject', () => {
    given(naVoornemen).when(kies({ datum: '2020-03-02' })).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
  });
});
