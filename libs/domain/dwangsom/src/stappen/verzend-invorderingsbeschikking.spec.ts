import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider } from '../dwangsom.decider';
import type { DwangsomEvent, LastOpgelegd } from '../dwangsom.events';
import { openstaandCent } from '../dwangsom.state';
import { given, zaakId, door, stap, geopend, voornemen, termijnVerstreken, preventieveLast, controle, geconstateerd, verbeurd, invordering, heel, perDag, perWeekVan, opgelegd, eenmaalVerbeurd, ingevorderd } from './zaak.spec-support';

describe('dwangsom: verzend invorderingsbeschikking (art. 5:37 Awb)', () => {
  const verzend = (bekendmakingsdatum: string, verbeuring = 1) =>
    ({ type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring, bekendmakingsdatum, datum: bekendmakingsdatum }) as const;

  it('given a forfeiture, when the invorderingsbeschikking is made known, then it claims the amount and opens its own bezwaartermijn', () => {
    given(eenmaalVerbeurd).when(verzend('2021-06-15')).then([invordering(1, 1, '2021-06-15', '2021-07-27', 250_000, heel('2021-06-10'))]);
  });

  it('can be made known through the day a year after the forfeiture, and not the day after — whatever weekday that is', () => {
    // Forfeited Thursday 10 June 2021: claimable through Friday 10 June 2022.
    given(eenmaalVerbeurd).when(verzend('2022-06-10')).then([invordering(1, 1, '2022-06-10', '2022-07-22', 250_000, heel('2021-06-10'))]);
    const refusal = given(eenmaalVerbeurd).when(verzend('2022-06-11')).thenRefuses('dwangsom/verbeurde-dwangsom-verjaard', 'bekendmakingsdatum');
    expect(refusal.detail).toContain('verjaard na 2022-06-10');
    // 14 May 2022 is a Saturday: the Atw does not move the verjaring to Monday (art. 4 Atw).
    const zaterdag = [...opgelegd, geconstateerd('2021-05-14'), verbeurd(1, '2021-05-14')];
    given(zaterdag).when(verzend('2022-05-16')).thenRefuses('dwangsom/verbeurde-dwangsom-verjaard', 'bekendmakingsdatum');
  });

  it('refuses a second beschikking, an unknown forfeiture, and one before the forfeiture', () => {
    given(ingevorderd).when(verzend('2021-06-20')).thenRefuses('dwangsom/al-ingevorderd', 'verbeuring');
    given(eenmaalVerbeurd).when(verzend('2021-06-15', 2)).thenRefuses('dwangsom/verbeuring-onbekend', 'verbeuring');
    given(eenmaalVerbeurd).when(verzend('2021-06-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'bekendmakingsdatum');
    given([geopend]).when(verzend('2021-06-15')).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
  });

  it('collects after the last was lifted or exhausted: what forfeited stays owed', () => {
    const opgeheven = [...eenmaalVerbeurd, { type: 'LastOpgeheven', zaakId, ingangsdatum: '2021-07-01', reden: 'verzoek', datum: '2021-07-01', door } as const];
    given(opgeheven).when(verzend('2021-07-05')).then([invordering(1, 1, '2021-07-05', '2021-08-16', 250_000, heel('2021-06-10'))]);
  });

  describe('a period per tijdseenheid: each unit verjaart on its own (art. 5:35 Awb)', () => {
    // Illegal room rental: € 100 a day from the day after a begunstigingstermijn that ended Sunday 28 February 2021.
    const lastPerDag: LastOpgelegd = {
      ...preventieveLast,
      vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-02-28' } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 10_000 },
      maximumCent: 5_000_000,
      bekendmakingsdatum: '2021-01-13',
      bezwaartermijnEinde: '2021-02-24',
      datum: '2021-01-13',
    };
    const vooraf: DwangsomEvent[] = [geopend, voornemen, termijnVerstreken, lastPerDag];
    // 1 March through 31 December 2021: 31+30+31+30+31+31+30+31+30+31 = 306 days × € 100 = € 30.600.
    const jaarVerbeurd = verbeurd(1, '2021-03-01', 3_060_000, {
      datum: '2021-12-31',
      totEnMet: '2021-12-31',
      eenheden: 306,
      berekendCent: 3_060_000,
      afgetopt: false,
      ...perDag('2021-03-01', 10_000),
    });
    const verbeurdOverHetJaar = [...vooraf, { ...geconstateerd('2021-03-01', '2021-12-31'), omschrijving: 'kamers verhuurd' }, jaarVerbeurd];
    const verzend = (bekendmakingsdatum: string) => ({ type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring: 1, bekendmakingsdatum, datum: bekendmakingsdatum }) as const;

    it('given a violation of 306 days in one controle, then € 30.600 forfeits and its first day verjaart after 1 March 2022', () => {
      given(vooraf)
        .when(controle({ soort: 'overtreding', van: '2021-03-01', totEnMet: '2021-12-31', omschrijving: 'kamers verhuurd' }, '2021-12-31'))
        .then([{ ...geconstateerd('2021-03-01', '2021-12-31'), omschrijving: 'kamers verhuurd' }, jaarVerbeurd]);
      expect(jaarVerbeurd.verjaringsdatum).toBe('2022-03-01');
    });

    it('when the invorderingsbeschikking is made known on 15 March 2022, then it claims 15 March–31 December (292 days, € 29.200) and records 1–14 March (€ 1.400) as verjaard', () => {
      // The day forfeited on Sunday 14 March 2021 could be claimed through Monday 14 March 2022;
      // that of Monday 15 March 2021 through Tuesday 15 March 2022, the day of bekendmaking.
      // Bezwaar against the beschikking: six weeks from Tuesday 15 March 2022, through Tuesday 26 April.
      given(verbeurdOverHetJaar)
        .when(verzend('2022-03-15'))
        .then([
          invordering(1, 1, '2022-03-15', '2022-04-26', 2_920_000, {
            ingevorderd: { van: '2021-03-15', totEnMet: '2021-12-31', eenheden: 292, bedragCent: 2_920_000 },
            verjaard: { van: '2021-03-01', totEnMet: '2021-03-14', eenheden: 14, bedragCent: 140_000 },
          }),
        ]);
      const state = fold(dwangsomDecider, [...verbeurdOverHetJaar, invordering(1, 1, '2022-03-15', '2022-04-26', 2_920_000)]);
      expect(openstaandCent(state)).toBe(2_920_000);
    });

    it('claims the whole period through the first day’s verjaring, one day on the last, and nothing after', () => {
      given(verbeurdOverHetJaar)
        .when(verzend('2022-03-01'))
        .then([invordering(1, 1, '2022-03-01', '2022-04-12', 3_060_000, { ingevorderd: { van: '2021-03-01', totEnMet: '2021-12-31', eenheden: 306, bedragCent: 3_060_000 } })]);
      // Saturday 31 December 2022: the day forfeited a year before is still claimable (the Atw does not apply, art. 4 Atw).
      const laatsteDag = given(verbeurdOverHetJaar).when(verzend('2022-12-31'));
      laatsteDag.then([
        invordering(1, 1, '2022-12-31', '2023-02-13', 10_000, {
          ingevorderd: { van: '2021-12-31', totEnMet: '2021-12-31', eenheden: 1, bedragCent: 10_000 },
          verjaard: { van: '2021-03-01', totEnMet: '2021-12-30', eenheden: 305, bedragCent: 3_050_000 },
        }),
      ]);
      const refusal = given(verbeurdOverHetJaar).when(verzend('2023-01-02')).thenRefuses('dwangsom/verbeurde-dwangsom-verjaard', 'bekendmakingsdatum');
      expect(refusal.detail).toContain('verjaard na 2022-12-31');
    });

    it('reads a forfeiture recorded before units verjaarden one by one (no tijdseenheden) the same way', () => {
      const { tijdseenheden: _weg, ...oud } = jaarVerbeurd;
      given([...vooraf, oud])
        .when(verzend('2022-03-15'))
        .then([
          invordering(1, 1, '2022-03-15', '2022-04-26', 2_920_000, {
            ingevorderd: { van: '2021-03-15', totEnMet: '2021-12-31', eenheden: 292, bedragCent: 2_920_000 },
            verjaard: { van: '2021-03-01', totEnMet: '2021-03-14', eenheden: 14, bedragCent: 140_000 },
          }),
        ]);
    });

    it('per week, a unit verjaart a year after the week began; a capped period only in the units that forfeited money', () => {
      // € 1.000 a week from Monday 1 March 2021 through Sunday 2 May: 9 weeks, capped at € 5.000 (weeks 1–5).
      const perWeekLast: LastOpgelegd = { ...lastPerDag, bedrag: { soort: 'per-tijdseenheid', eenheid: 'week', bedragCent: 100_000 }, maximumCent: 500_000 };
      const verbeurdPerWeek = verbeurd(1, '2021-03-01', 500_000, { totEnMet: '2021-05-02', eenheden: 9, berekendCent: 900_000, afgetopt: true, ...perWeekVan('2021-03-01', 100_000) });
      // Weeks begin 1, 8, 15, 22 and 29 March; on 16 March 2022 the first three have verjaard.
      // Bezwaar: six weeks end Wednesday 27 April 2022, Koningsdag: extended to Thursday 28 April (art. 1 Atw).
      given([...vooraf, perWeekLast, verbeurdPerWeek])
        .when(verzend('2022-03-16'))
        .then([
          invordering(1, 1, '2022-03-16', '2022-04-28', 200_000, {
            ingevorderd: { van: '2021-03-22', totEnMet: '2021-04-04', eenheden: 2, bedragCent: 200_000 },
            verjaard: { van: '2021-03-01', totEnMet: '2021-03-21', eenheden: 3, bedragCent: 300_000 },
          }),
        ]);
    });
  });
});
