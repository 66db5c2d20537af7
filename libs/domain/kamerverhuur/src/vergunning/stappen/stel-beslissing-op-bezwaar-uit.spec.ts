import { door, given, stap, weigeringMetBezwaar, zaakId } from './vergunning.spec-support';

const instemming = { indienerOp: '2020-05-12', andereBelanghebbenden: 'niet-geschaad' } as const;
const uitstel = (datum: string, velden: object = {}) => ({ type: 'StelBeslissingOpBezwaarUit', ...stap, lengte: { aantal: 4, eenheid: 'weken' }, reden: 'hoorzitting op verzoek van de bezwaarmaker', instemming, datum, ...velden }) as never;

describe('kamerverhuur: stel de beslissing op bezwaar uit met instemming (art. 7:10 lid 4 Awb)', () => {
  it('four weeks on Wednesday 20 May 2020, the bezwaarmaker having agreed on 12 May: Wednesday 17 June', () => {
    given(weigeringMetBezwaar)
      .when(uitstel('2020-05-13'))
      .then([{ type: 'BeslistermijnBezwaarUitgesteld', zaakId, lengte: { aantal: 4, eenheid: 'weken' }, reden: 'hoorzitting op verzoek van de bezwaarmaker', instemming, beslistermijnEinde: '2020-06-17', datum: '2020-05-13', door }]);
  });

  it('refuses it without the bezwaarmaker’s consent, and after the term', () => {
    given(weigeringMetBezwaar).when(uitstel('2020-05-13', { instemming: undefined })).thenRefuses('kamerverhuur/uitstel-zonder-instemming', 'instemming');
    given(weigeringMetBezwaar).when(uitstel('2020-05-21')).thenRefuses('kamerverhuur/beslistermijn-verstreken', 'datum');
  });
});
