import { given, herstelGevraagd, inBezwaar, opgelegd, stap } from './traject.spec-support';

const vraag = (datum: string, velden: object = {}) => ({ type: 'VraagHerstelVerzuim', ...stap, verzuim: 'de gronden ontbreken', hersteltermijnEinde: '2020-05-18', datum, ...velden }) as const;

describe('kamerverhuur traject: vraag herstel verzuim in het bezwaar (art. 6:6, 7:10 lid 2 Awb)', () => {
  it('asked Monday 4 May 2020: the beslistermijn stands still from 5 May', () => {
    given(inBezwaar).when(vraag('2020-05-04')).then([herstelGevraagd]);
  });

  it('refuses it without a bezwaar, while a request runs, without saying what is missing, and after the beslistermijn ended (10 June)', () => {
    given(opgelegd).when(vraag('2020-05-04')).thenRefuses('kamerverhuur/geen-bezwaar', 'zaakId');
    given([...inBezwaar, herstelGevraagd]).when(vraag('2020-05-06')).thenRefuses('kamerverhuur/opschorting-loopt-al', 'zaakId');
    given(inBezwaar).when(vraag('2020-05-04', { verzuim: ' ' })).thenRefuses('kamerverhuur/verzuim-zonder-omschrijving', 'verzuim');
    given(inBezwaar).when(vraag('2020-06-10', { hersteltermijnEinde: '2020-06-24' })).thenRefuses('kamerverhuur/beslistermijn-verstreken', 'datum');
  });
});
