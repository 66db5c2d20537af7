import { beschikking1, bezwaarTegenBeschikking, given, stap, door, zaakId } from './zaak.spec-support';

const instemming = { indienerOp: '2021-09-01', andereBelanghebbenden: 'niet-geschaad' } as const;
const stelUit = (datum: string, velden: object = {}) => ({ type: 'StelBeslissingOpBezwaarUit', ...stap, tegen: beschikking1, lengte: { aantal: 4, eenheid: 'weken' }, reden: 'bezwaarmaker levert stukken na', instemming, datum, ...velden }) as const;

describe('dwangsom: stel de beslissing op bezwaar uit met instemming (art. 7:10 lid 4 Awb)', () => {
  it('four weeks on Tuesday 7 September, agreed 2 September, is Tuesday 5 October 2021', () => {
    given(bezwaarTegenBeschikking)
      .when(stelUit('2021-09-02'))
      .then([{ type: 'BeslistermijnBezwaarUitgesteld', zaakId, tegen: beschikking1, lengte: { aantal: 4, eenheid: 'weken' }, reden: 'bezwaarmaker levert stukken na', instemming, beslistermijnEinde: '2021-10-05', datum: '2021-09-02', door }]);
  });

  it('refuses without consent and after the term ended', () => {
    given(bezwaarTegenBeschikking).when(stelUit('2021-09-02', { instemming: undefined })).thenRefuses('dwangsom/uitstel-zonder-instemming', 'instemming');
    given(bezwaarTegenBeschikking).when(stelUit('2021-09-08')).thenRefuses('dwangsom/beslistermijn-verstreken', 'datum');
  });
});
