import { door, geweigerd, given, stap, weigeringMetBezwaar, zaakId, zaakNa } from './vergunning.spec-support';

const verdaag = (datum: string, aantal = 6) => ({ type: 'VerdaagBeslistermijnBezwaar', ...stap, lengte: { aantal, eenheid: 'weken' }, reden: 'advies bezwaarschriftencommissie', datum }) as const;

describe('kamerverhuur: verdaag de beslistermijn op bezwaar (art. 7:10 lid 3 Awb)', () => {
  it('six weeks on Wednesday 20 May 2020: Wednesday 1 July', () => {
    given(weigeringMetBezwaar)
      .when(verdaag('2020-05-13'))
      .then([{ type: 'BeslistermijnBezwaarVerdaagd', zaakId, lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies bezwaarschriftencommissie', beslistermijnEinde: '2020-07-01', datum: '2020-05-13', door }]);
  });

  it('refuses it after the term, a second time, longer than six weeks, and without a bezwaar', () => {
    given(weigeringMetBezwaar).when(verdaag('2020-05-21')).thenRefuses('kamerverhuur/beslistermijn-verstreken', 'datum');
    given(zaakNa(weigeringMetBezwaar, [verdaag('2020-05-13')])).when(verdaag('2020-05-14', 2)).thenRefuses('kamerverhuur/verdaging-al-gebruikt', 'zaakId');
    given(weigeringMetBezwaar).when(verdaag('2020-05-13', 7)).thenRefuses('kamerverhuur/verdaging-te-lang', 'lengte');
    given(geweigerd).when(verdaag('2020-05-13')).thenRefuses('kamerverhuur/geen-bezwaar', 'zaakId');
  });
});
