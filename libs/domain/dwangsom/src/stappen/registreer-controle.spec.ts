import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider, eenhedenVoor } from '../dwangsom.decider';
import { verjaringsdatumVoor } from '../eenheden';
import type { DwangsomEvent, LastOpgelegd } from '../dwangsom.events';
import { given, zaakId, door, geopend, voornemen, termijnVerstreken, preventieveLast, herstellastPerDag, controle, dealen, geconstateerd, verbeurd, perDag, perWeekVan, opgelegd, eenmaalVerbeurd } from './zaak.spec-support';

describe('dwangsom: registreer controle (art. 5:33 Awb)', () => {
  it('records compliance without forfeiting anything', () => {
    given(opgelegd).when(controle({ soort: 'nageleefd' }, '2021-05-01')).then([{ type: 'NalevingGeconstateerd', zaakId, controledatum: '2021-05-01', datum: '2021-05-01', door }]);
  });

  it('given a preventieve last of € 2.500 per overtreding, when dealing is found, then € 2.500 forfeits and verjaart a year after that day', () => {
    given(opgelegd).when(dealen('2021-06-10')).then([geconstateerd('2021-06-10'), verbeurd(1, '2021-06-10')]);
    expect(verjaringsdatumVoor('2021-06-10')).toBe('2022-06-10');
  });

  it('numbers forfeitures in order', () => {
    given(eenmaalVerbeurd).when(dealen('2021-07-01')).then([geconstateerd('2021-07-01'), verbeurd(2, '2021-07-01')]);
  });

  it('the forfeiture that reaches the maximum is capped and the last recorded as uitgeput; nothing forfeits after', () => {
    // € 10.000 maximum: three forfeitures of € 2.500, then a fourth reaches it exactly.
    const drie = [...eenmaalVerbeurd, geconstateerd('2021-07-01'), verbeurd(2, '2021-07-01'), geconstateerd('2021-08-01'), verbeurd(3, '2021-08-01')];
    given(drie)
      .when(dealen('2021-09-01'))
      .then([
        geconstateerd('2021-09-01'),
        verbeurd(4, '2021-09-01'),
        { type: 'LastUitgeput', zaakId, datum: '2021-09-01', door, maximumCent: 1_000_000, op: '2021-09-01' },
      ]);
    // With a € 9.000 maximum the fourth forfeits only the € 1.500 left.
    const lager = [geopend, voornemen, termijnVerstreken, { ...preventieveLast, maximumCent: 900_000 }, ...drie.slice(4)];
    given(lager)
      .when(dealen('2021-09-01'))
      .then([
        geconstateerd('2021-09-01'),
        verbeurd(4, '2021-09-01', 150_000, { afgetopt: true }),
        { type: 'LastUitgeput', zaakId, datum: '2021-09-01', door, maximumCent: 900_000, op: '2021-09-01' },
      ]);
    const uitgeput = [...lager, geconstateerd('2021-09-01'), verbeurd(4, '2021-09-01', 150_000, { afgetopt: true }), { type: 'LastUitgeput', zaakId, datum: '2021-09-01', door, maximumCent: 900_000, op: '2021-09-01' } as const];
    const refusal = given(uitgeput).when(dealen('2021-10-01')).thenRefuses('dwangsom/last-uitgeput', 'zaakId');
    expect(refusal.detail).toContain('€ 9.000,00');
    given(uitgeput).when(controle({ soort: 'nageleefd' }, '2021-10-01')).thenRefuses('dwangsom/last-uitgeput');
    const state = fold(dwangsomDecider, uitgeput);
    expect(state).toMatchObject({ status: 'last-beeindigd', einde: { reden: 'uitgeput', sinds: '2021-09-01' }, last: { verbeurdCent: 900_000 } });
  });

  it('per dag counts every day from the day after the begunstigingstermijn through the controle', () => {
    const herstel = [geopend, voornemen, termijnVerstreken, herstellastPerDag];
    // 7 through 20 May 2021: 14 days × € 500 = € 7.000.
    given(herstel)
      .when(controle({ soort: 'overtreding', van: '2021-05-07', totEnMet: '2021-05-20', omschrijving: 'nog steeds kamers verhuurd' }, '2021-05-20'))
      .then([
        { ...geconstateerd('2021-05-07', '2021-05-20'), omschrijving: 'nog steeds kamers verhuurd' },
        verbeurd(1, '2021-05-07', 700_000, { datum: '2021-05-20', totEnMet: '2021-05-20', eenheden: 14, berekendCent: 700_000, afgetopt: false, ...perDag('2021-05-07') }),
      ]);
    given(herstel)
      .when(controle({ soort: 'overtreding', van: '2021-05-06', totEnMet: '2021-05-20', omschrijving: 'x' }, '2021-05-20'))
      .thenRefuses('dwangsom/binnen-begunstigingstermijn', 'uitkomst.van');
  });

  it('per week counts every week begun, and caps a long period at the maximum', () => {
    const perWeek = { ...herstellastPerDag, bedrag: { soort: 'per-tijdseenheid', eenheid: 'week', bedragCent: 300_000 } } as const;
    expect(eenhedenVoor(perWeek.bedrag, '2021-05-07', '2021-05-13')).toBe(1);
    expect(eenhedenVoor(perWeek.bedrag, '2021-05-07', '2021-05-14')).toBe(2);
    const herstel = [geopend, voornemen, termijnVerstreken, perWeek];
    // 7 May through 30 September: 147 days, 21 weeks × € 3.000 = € 63.000, capped at € 20.000.
    given(herstel)
      .when(controle({ soort: 'overtreding', van: '2021-05-07', totEnMet: '2021-09-30', omschrijving: 'x' }, '2021-09-30'))
      .then([
        { ...geconstateerd('2021-05-07', '2021-09-30'), omschrijving: 'x' },
        verbeurd(1, '2021-05-07', 2_000_000, { datum: '2021-09-30', totEnMet: '2021-09-30', eenheden: 21, berekendCent: 6_300_000, afgetopt: true, ...perWeekVan('2021-05-07', 300_000) }),
        { type: 'LastUitgeput', zaakId, datum: '2021-09-30', door, maximumCent: 2_000_000, op: '2021-09-30' },
      ]);
  });

  it('a day forfeits once: a period overlapping an earlier one is refused', () => {
    const herstel = [
      geopend,
      voornemen,
      termijnVerstreken,
      herstellastPerDag,
      geconstateerd('2021-05-07', '2021-05-20'),
      verbeurd(1, '2021-05-07', 700_000, { totEnMet: '2021-05-20', eenheden: 14, berekendCent: 700_000 }),
    ];
    given(herstel)
      .when(controle({ soort: 'overtreding', van: '2021-05-20', totEnMet: '2021-05-27', omschrijving: 'x' }, '2021-05-27'))
      .thenRefuses('dwangsom/periode-al-verbeurd', 'uitkomst.van');
    given(herstel)
      .when(controle({ soort: 'overtreding', van: '2021-05-21', totEnMet: '2021-05-27', omschrijving: 'x' }, '2021-05-27'))
      .then([
        { ...geconstateerd('2021-05-21', '2021-05-27'), omschrijving: 'x' },
        verbeurd(2, '2021-05-21', 350_000, { datum: '2021-05-27', totEnMet: '2021-05-27', eenheden: 7, berekendCent: 350_000, ...perDag('2021-05-21') }),
      ]);
  });

  it('refuses a period under a last per overtreding, a violation after the controle or before bekendmaking, and one after the looptijd', () => {
    given(opgelegd)
      .when(controle({ soort: 'overtreding', van: '2021-06-10', totEnMet: '2021-06-12', omschrijving: 'x' }, '2021-06-12'))
      .thenRefuses('dwangsom/periode-bij-bedrag-per-overtreding', 'uitkomst.totEnMet');
    given(opgelegd).when(controle({ soort: 'overtreding', van: '2021-06-12', omschrijving: 'x' }, '2021-06-10')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'uitkomst.totEnMet');
    given(opgelegd).when(controle({ soort: 'overtreding', van: '2021-04-06', omschrijving: 'x' }, '2021-04-08')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'uitkomst.van');
    given(opgelegd).when(dealen('2022-04-07')).thenRefuses('dwangsom/na-looptijd', 'uitkomst.totEnMet');
    given(opgelegd).when(dealen('2022-04-06')).then([geconstateerd('2022-04-06'), verbeurd(1, '2022-04-06')]);
    given(opgelegd).when(controle({ soort: 'nageleefd' }, '2021-04-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'controledatum');
    given(opgelegd).when(controle({ soort: 'overtreding', van: '2021-06-10', omschrijving: '' }, '2021-06-10')).thenRefuses('dwangsom/overtreding-ontbreekt', 'uitkomst.omschrijving');
    given(opgelegd).when(controle({ soort: 'onduidelijk' } as never, '2021-06-10')).thenRefuses('dwangsom/uitkomst-onbekend', 'uitkomst.soort');
    given([geopend]).when(dealen('2021-06-10')).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
  });

  describe('per week of gedeelte daarvan: the weeks of one continuing violation', () => {
    // € 1.000 a week; the begunstigingstermijn ended Monday 15 February 2021.
    const lastPerWeek: LastOpgelegd = {
      ...preventieveLast,
      vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-02-15' } },
      bedrag: { soort: 'per-tijdseenheid', eenheid: 'week', bedragCent: 100_000 },
      maximumCent: 5_000_000,
      bekendmakingsdatum: '2021-01-13',
      bezwaartermijnEinde: '2021-02-24',
      datum: '2021-01-13',
    };
    const vooraf: DwangsomEvent[] = [geopend, voornemen, termijnVerstreken, lastPerWeek];
    const overtreding = (van: string, totEnMet: string) => controle({ soort: 'overtreding', van, totEnMet, omschrijving: 'x' }, totEnMet);
    const gezien = (van: string, totEnMet: string) => ({ ...geconstateerd(van, totEnMet), omschrijving: 'x' });
    // 16 through 25 February: ten days, two weeks begun (16–22 and 23 February–1 March).
    const eerste = verbeurd(1, '2021-02-16', 200_000, { datum: '2021-02-25', totEnMet: '2021-02-25', eenheden: 2, berekendCent: 200_000, afgetopt: false, ...perWeekVan('2021-02-16', 100_000) });
    const tweeWeken = [...vooraf, gezien('2021-02-16', '2021-02-25'), eerste];

    it('counts weeks from the start of the violation, not per registration', () => {
      expect(eenhedenVoor(lastPerWeek.bedrag, '2021-02-16', '2021-02-25')).toBe(2);
      expect(eenhedenVoor(lastPerWeek.bedrag, '2021-02-26', '2021-03-01', '2021-02-16')).toBe(0);
      expect(eenhedenVoor(lastPerWeek.bedrag, '2021-02-26', '2021-03-02', '2021-02-16')).toBe(1);
      // Per dag the days are the days, however registered.
      expect(eenhedenVoor({ soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 1 }, '2021-02-26', '2021-03-01', '2021-02-16')).toBe(4);
    });

    it('given 16–25 February registered, when 26 February–1 March is registered later, then nothing more forfeits: € 2.000 in all, not € 3.000', () => {
      given(vooraf).when(overtreding('2021-02-16', '2021-02-25')).then([gezien('2021-02-16', '2021-02-25'), eerste]);
      given(tweeWeken).when(overtreding('2021-02-26', '2021-03-01')).then([gezien('2021-02-26', '2021-03-01')]);
      const state = fold(dwangsomDecider, [...tweeWeken, gezien('2021-02-26', '2021-03-01')]);
      expect(state).toMatchObject({ last: { verbeurdCent: 200_000 } });
    });

    it('the third week begins on 2 March and is forfeited by the registration that reaches it; a day already registered is refused', () => {
      const doorgeteld = [...tweeWeken, gezien('2021-02-26', '2021-03-01')];
      given(doorgeteld)
        .when(overtreding('2021-03-02', '2021-03-03'))
        .then([
          gezien('2021-03-02', '2021-03-03'),
          verbeurd(2, '2021-03-02', 100_000, {
            datum: '2021-03-03',
            totEnMet: '2021-03-03',
            eenheden: 1,
            berekendCent: 100_000,
            afgetopt: false,
            ...perWeekVan('2021-03-02', 100_000),
            overtredingSinds: '2021-02-16',
          }),
        ]);
      // Registered in one go from 26 February, the third week is the first new one; it forfeited on 2 March.
      given(tweeWeken)
        .when(overtreding('2021-02-26', '2021-03-03'))
        .then([
          gezien('2021-02-26', '2021-03-03'),
          verbeurd(2, '2021-02-26', 100_000, {
            datum: '2021-03-03',
            totEnMet: '2021-03-03',
            eenheden: 1,
            berekendCent: 100_000,
            afgetopt: false,
            verjaringsdatum: '2022-03-02',
            ...perWeekVan('2021-03-02', 100_000),
            overtredingSinds: '2021-02-16',
          }),
        ]);
      given(doorgeteld).when(overtreding('2021-02-28', '2021-03-02')).thenRefuses('dwangsom/periode-al-verbeurd', 'uitkomst.van');
    });

    it('a registration after a gap is a new violation: its weeks count from its own first day', () => {
      given(tweeWeken)
        .when(overtreding('2021-02-27', '2021-03-01'))
        .then([
          gezien('2021-02-27', '2021-03-01'),
          verbeurd(2, '2021-02-27', 100_000, { datum: '2021-03-01', totEnMet: '2021-03-01', eenheden: 1, berekendCent: 100_000, afgetopt: false, ...perWeekVan('2021-02-27', 100_000) }),
        ]);
    });
  });
});
