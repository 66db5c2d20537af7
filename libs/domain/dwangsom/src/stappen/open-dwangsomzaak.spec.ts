import { given, open, geopend } from './zaak.spec-support';

describe('dwangsom: open dwangsomzaak', () => {
  it('given nothing, when a case is opened on an APV article, then the case records grondslag, overtreder and finding', () => {
    given([]).when(open()).then([geopend]);
  });

  it('records the case it came from', () => {
    const herkomst = { context: 'damocles', zaakId: '5f0c2a9e-1d3b-4c5a-8e7f-9a0b1c2d3e4f' } as const;
    const { datum, door: wie, ...feiten } = geopend;
    given([]).when(open({ herkomst })).then([{ ...feiten, herkomst, datum, door: wie }]);
  });

  it('accepts each statutory ground without an article and trims a given one', () => {
    for (const soort of ['gemeentewet-151d', 'opiumwet-13b', 'huisvestingswet', 'omgevingswet'] as const) {
      given([]).when(open({ grondslag: { soort } })).then([{ ...geopend, grondslag: { soort } }]);
    }
    given([]).when(open({ grondslag: { soort: 'apv', artikel: '  art. 2:74a APV ' } })).then([{ ...geopend, grondslag: { soort: 'apv', artikel: 'art. 2:74a APV' } }]);
  });

  it('refuses an APV ground without its article, an unknown ground, and an unknown origin', () => {
    given([]).when(open({ grondslag: { soort: 'apv' } })).thenRefuses('dwangsom/apv-artikel-ontbreekt', 'grondslag.artikel');
    given([]).when(open({ grondslag: { soort: 'wegenverkeerswet' as never } })).thenRefuses('dwangsom/grondslag-onbekend', 'grondslag.soort');
    given([]).when(open({ herkomst: { context: 'bibob' as never, zaakId: 'x' } })).thenRefuses('dwangsom/herkomst-onbekend', 'herkomst.context');
    given([]).when(open({ herkomst: { context: 'damocles', zaakId: ' ' } })).thenRefuses('dwangsom/herkomst-onbekend', 'herkomst.zaakId');
    given([]).when(open({ thema: 'parkeren' as never })).thenRefuses('dwangsom/thema-onbekend', 'thema');
    given([]).when(open({ thema: undefined })).then([{ ...geopend, thema: 'overig' }]);
  });

  it('refuses a case without overtreder or finding, with a bad date, or twice', () => {
    given([]).when(open({ overtrederId: '' })).thenRefuses('dwangsom/overtreder-ontbreekt', 'overtrederId');
    given([]).when(open({ overtreding: ' ' })).thenRefuses('dwangsom/overtreding-ontbreekt', 'overtreding');
    given([]).when(open({ constateringsdatum: '24-02-2021' })).thenRefuses('dwangsom/datum-ongeldig', 'constateringsdatum');
    given([]).when(open({ datum: '2021-02-30' })).thenRefuses('dwangsom/datum-ongeldig', 'datum');
    given([geopend]).when(open()).thenRefuses('dwangsom/zaak-bestaat-al', 'zaakId');
  });
});
