import { door, given, inBezwaar, opgelegd, stap, zaakId } from './traject.spec-support';

const verdaag = (datum: string, aantal = 6) => ({ type: 'VerdaagBeslistermijnBezwaar', ...stap, lengte: { aantal, eenheid: 'weken' }, reden: 'advies van de commissie volgt later', datum }) as const;
const verdaagd = { type: 'BeslistermijnBezwaarVerdaagd', zaakId, lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies van de commissie volgt later', beslistermijnEinde: '2020-07-22', datum: '2020-06-01', door } as const;

describe('kamerverhuur traject: verdaag de beslistermijn op bezwaar (art. 7:10 lid 3 Awb)', () => {
  it('six weeks on Wednesday 10 June 2020 is Wednesday 22 July', () => {
    given(inBezwaar).when(verdaag('2020-06-01')).then([verdaagd]);
  });

  it('refuses a second verdaging, one after the term ended, one of more than six weeks, one without bezwaar', () => {
    given([...inBezwaar, verdaagd]).when(verdaag('2020-06-02')).thenRefuses('kamerverhuur/verdaging-al-gebruikt', 'zaakId');
    given(inBezwaar).when(verdaag('2020-06-11')).thenRefuses('kamerverhuur/beslistermijn-verstreken', 'datum');
    given(inBezwaar).when(verdaag('2020-06-01', 7)).thenRefuses('kamerverhuur/verdaging-te-lang', 'lengte');
    given(opgelegd).when(verdaag('2020-06-01')).thenRefuses('kamerverhuur/geen-bezwaar', 'zaakId');
  });
});
