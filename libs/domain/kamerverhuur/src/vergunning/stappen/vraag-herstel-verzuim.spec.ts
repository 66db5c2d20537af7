import { door, geweigerd, given, stap, weigeringMetBezwaar, zaakId, zaakNa } from './vergunning.spec-support';

const herstel = (datum: string, hersteltermijnEinde = '2020-04-29') => ({ type: 'VraagHerstelVerzuim', ...stap, verzuim: 'de gronden van het bezwaar ontbreken', hersteltermijnEinde, datum }) as const;

describe('kamerverhuur: vraag herstel van een verzuim in het bezwaar (art. 6:6, 7:10 lid 2 Awb)', () => {
  it('asked Wednesday 15 April 2020: the beslistermijn op bezwaar stands still from the 16th', () => {
    given(weigeringMetBezwaar)
      .when(herstel('2020-04-15'))
      .then([{ type: 'HerstelVerzuimGevraagd', zaakId, verzuim: 'de gronden van het bezwaar ontbreken', hersteltermijnEinde: '2020-04-29', opgeschortVanaf: '2020-04-16', datum: '2020-04-15', door }]);
  });

  it('refuses it without a bezwaar, without what is missing, once the beslistermijn ended (20 May 2020), and while an earlier request runs', () => {
    given(geweigerd).when(herstel('2020-04-15')).thenRefuses('kamerverhuur/geen-bezwaar', 'zaakId');
    given(weigeringMetBezwaar).when({ ...herstel('2020-04-15'), verzuim: ' ' }).thenRefuses('kamerverhuur/verzuim-zonder-omschrijving', 'verzuim');
    given(weigeringMetBezwaar).when(herstel('2020-05-20', '2020-06-03')).thenRefuses('kamerverhuur/beslistermijn-verstreken', 'datum');
    given(zaakNa(weigeringMetBezwaar, [herstel('2020-04-15')])).when(herstel('2020-04-16')).thenRefuses('kamerverhuur/opschorting-loopt-al', 'zaakId');
  });
});
