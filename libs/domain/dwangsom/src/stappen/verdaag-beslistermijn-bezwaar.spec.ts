import { beschikking1, bezwaarMetCommissie, bezwaarTegenBeschikking, given, stap, door, zaakId } from './zaak.spec-support';

const verdaag = (datum: string, aantal = 6) => ({ type: 'VerdaagBeslistermijnBezwaar', ...stap, tegen: beschikking1, lengte: { aantal, eenheid: 'weken' }, reden: 'advies volgt later', datum }) as const;
const verdaagd = (beslistermijnEinde: string, datum: string) =>
  ({ type: 'BeslistermijnBezwaarVerdaagd', zaakId, tegen: beschikking1, lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies volgt later', beslistermijnEinde, datum, door }) as const;

describe('dwangsom: verdaag de beslistermijn op bezwaar (art. 7:10 lid 3 Awb)', () => {
  it('six weeks on Tuesday 7 September is Tuesday 19 October 2021; with an adviescommissie six on Tuesday 19 October is Tuesday 30 November', () => {
    given(bezwaarTegenBeschikking).when(verdaag('2021-08-20')).then([verdaagd('2021-10-19', '2021-08-20')]);
    given(bezwaarMetCommissie).when(verdaag('2021-10-19')).then([verdaagd('2021-11-30', '2021-10-19')]);
  });

  it('refuses a second verdaging, one after the term ended, and one of more than six weeks', () => {
    given([...bezwaarTegenBeschikking, verdaagd('2021-10-19', '2021-08-20')]).when(verdaag('2021-08-23')).thenRefuses('dwangsom/verdaging-al-gebruikt', 'zaakId');
    given(bezwaarTegenBeschikking).when(verdaag('2021-09-08')).thenRefuses('dwangsom/beslistermijn-verstreken', 'datum');
    given(bezwaarTegenBeschikking).when(verdaag('2021-08-20', 7)).thenRefuses('dwangsom/verdaging-te-lang', 'lengte');
  });
});
