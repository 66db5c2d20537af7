import { given, adviesGevraagd, adviesOntvangen, stap, zaakId, door, stappen, zaakNa } from './zaak.spec-support';

const verleng = (datum: string) => ({ type: 'VerlengLbbTermijn', ...stap, datum }) as const;

describe('bibob: het LBB verlengt zijn adviestermijn (art. 15 Wet Bibob)', () => {
  it('given advice asked 2 October 2023, when the LBB extends on 20 November, then its term runs four weeks more, through Monday 25 December: Christmas, Atw → Wednesday 27 December', () => {
    given(adviesGevraagd).when(verleng('2023-11-20')).then([{ type: 'LbbTermijnVerlengd', zaakId, adviestermijnEinde: '2023-12-27', datum: '2023-11-20', door }]);
  });

  it('its questions move the term: asked 23 October, answered 6 November (13 days), it ran through Sunday 10 December, Atw → Monday 11 December; an extension on 8 December is in time', () => {
    const metVragen = zaakNa(adviesGevraagd, [stappen.vragen(), stappen.antwoord()]);
    // 10 December + 4 weeks = Sunday 7 January 2024, Atw → Monday 8 January.
    given(metVragen).when(verleng('2023-12-08')).then([{ type: 'LbbTermijnVerlengd', zaakId, adviestermijnEinde: '2024-01-08', datum: '2023-12-08', door }]);
  });

  it('refuses a second extension, one after the term ended, and one after the advice', () => {
    given(zaakNa(adviesGevraagd, [verleng('2023-11-20')])).when(verleng('2023-11-21')).thenRefuses('bibob/lbb-termijn-al-verlengd', 'zaakId');
    given(adviesGevraagd).when(verleng('2023-11-28')).thenRefuses('bibob/lbb-termijn-verstreken', 'datum');
    given(adviesOntvangen).when(verleng('2023-11-20')).thenRefuses('bibob/advies-al-ontvangen', 'zaakId');
  });
});
