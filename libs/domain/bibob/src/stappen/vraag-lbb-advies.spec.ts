import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import { beslistermijnVanToets } from '../regels/toets-termijnen';
import { given, naFormulier, naEigenOnderzoek, adviesGevraagd, stap, zaakId, door, stappen, zaakNa } from './zaak.spec-support';

describe('bibob: vraag het LBB om advies (art. 9, 15, 31, 32 Wet Bibob)', () => {
  it('given the eigen onderzoek asked for advice, when the LBB is asked Monday 2 October 2023, then its eight weeks run through Monday 27 November', () => {
    given(naEigenOnderzoek)
      .when(stappen.adviesAanvraag())
      .then([{ type: 'LbbAdviesGevraagd', zaakId, verzenddatum: '2023-10-02', betrokkeneGeinformeerdOp: '2023-10-02', adviestermijnEinde: '2023-11-27', datum: '2023-10-02', door }]);
  });

  it('the beslistermijn stands still while the advice is pending: on 20 October it has no end, at the latest Monday 8 January 2024', () => {
    const s = fold(bibobDecider, adviesGevraagd);
    if (s.status === 'onbekend') throw new Error('toets verwacht');
    // Vragenformulier 7–19 September (13 days); LBB from 3 October; eight weeks of suspension at most: 30 October + 13 + 56 days = Sunday 7 January 2024, Atw → Monday 8 January.
    expect(beslistermijnVanToets(s.zaak, s.onderzoek, '2023-10-20')).toMatchObject({ status: 'opgeschort', einde: null, opgeschortSinds: '2023-10-03', uiterlijkEinde: '2024-01-08' });
  });

  it('art. 31 Wet Bibob: refuses a request without the day the betrokkene was told', () => {
    given(naEigenOnderzoek).when({ type: 'VraagLbbAdvies', ...stap, verzenddatum: '2023-10-02', datum: '2023-10-02' } as never).thenRefuses('bibob/betrokkene-niet-geinformeerd', 'betrokkeneGeinformeerdOp');
  });

  it('refuses advice before the eigen onderzoek, after it found no danger, before its date, and twice', () => {
    given(naFormulier).when(stappen.adviesAanvraag()).thenRefuses('bibob/stap-in-verkeerde-volgorde');
    given(zaakNa(naFormulier, [stappen.eigenOnderzoek('geen-gevaar')])).when(stappen.adviesAanvraag()).thenRefuses('bibob/geen-aanleiding-voor-advies', 'zaakId');
    given(naEigenOnderzoek).when({ type: 'VraagLbbAdvies', ...stap, verzenddatum: '2023-09-28', betrokkeneGeinformeerdOp: '2023-09-28', datum: '2023-10-02' }).thenRefuses('bibob/datum-voor-vorige-stap', 'verzenddatum');
    given(adviesGevraagd).when(stappen.adviesAanvraag()).thenRefuses('bibob/stap-in-verkeerde-volgorde');
  });
});
