import { given, gestart, naFormulier, naEigenOnderzoek, stap, zaakId, door, zegel, stappen } from './zaak.spec-support';

describe('bibob: rond het eigen onderzoek af', () => {
  it('given the toets, when the eigen onderzoek concludes advice is needed, then the outcome is plain and the findings sealed', () => {
    given(naFormulier).when(stappen.eigenOnderzoek()).then([{ type: 'EigenOnderzoekAfgerond', zaakId, uitkomst: 'advies-nodig', bevindingen: zegel(2), datum: '2023-09-29', door }]);
  });

  it('refuses findings in plain text or missing, an unknown outcome, and a second one', () => {
    given([gestart]).when({ type: 'RondEigenOnderzoekAf', ...stap, uitkomst: 'ernstige-mate', bevindingen: 'KvK toont stroman' as never, datum: '2023-09-29' }).thenRefuses('bibob/inhoud-niet-verzegeld', 'bevindingen');
    given([gestart]).when({ type: 'RondEigenOnderzoekAf', ...stap, uitkomst: 'ernstige-mate', datum: '2023-09-29' } as never).thenRefuses('bibob/inhoud-ontbreekt', 'bevindingen');
    given([gestart]).when({ type: 'RondEigenOnderzoekAf', ...stap, uitkomst: 'twijfel' as never, bevindingen: zegel(2), datum: '2023-09-29' }).thenRefuses('bibob/uitkomst-onbekend', 'uitkomst');
    given(naEigenOnderzoek).when(stappen.eigenOnderzoek()).thenRefuses('bibob/stap-in-verkeerde-volgorde');
  });
});
