import { beslist, door, given, inBezwaar, stap, zaakId } from './traject.spec-support';

const instemming = { indienerOp: '2020-06-04', andereBelanghebbenden: 'niet-geschaad' } as const;
const stelUit = (datum: string, velden: object = {}) => ({ type: 'StelBeslissingOpBezwaarUit', ...stap, lengte: { aantal: 4, eenheid: 'weken' }, reden: 'de eigenaar levert stukken na', instemming, datum, ...velden }) as const;

describe('kamerverhuur traject: stel de beslissing op bezwaar uit met instemming (art. 7:10 lid 4 Awb)', () => {
  it('four weeks on Wednesday 10 June 2020, agreed 5 June, is Wednesday 8 July', () => {
    given(inBezwaar)
      .when(stelUit('2020-06-05'))
      .then([{ type: 'BeslistermijnBezwaarUitgesteld', zaakId, lengte: { aantal: 4, eenheid: 'weken' }, reden: 'de eigenaar levert stukken na', instemming, beslistermijnEinde: '2020-07-08', datum: '2020-06-05', door }]);
  });

  it('refuses it without consent, after the term ended, and once decided', () => {
    given(inBezwaar).when(stelUit('2020-06-05', { instemming: undefined })).thenRefuses('kamerverhuur/uitstel-zonder-instemming', 'instemming');
    given(inBezwaar).when(stelUit('2020-06-11')).thenRefuses('kamerverhuur/beslistermijn-verstreken', 'datum');
    given([...inBezwaar, beslist()]).when(stelUit('2020-06-11')).thenRefuses('kamerverhuur/bezwaar-al-beslist', 'zaakId');
  });
});
