import { fold } from '@handhaving/domain-shared';
import type { NeemBeslissingOpBezwaar } from '../dwangsom.commands';
import { dwangsomDecider } from '../dwangsom.decider';
import type { BeslissingOpBezwaarGenomen, BezwaarIngediend, DwangsomEvent } from '../dwangsom.events';
import { openstaandCent } from '../dwangsom.state';
import { given, zaakId, door, stap, geopend, voornemen, termijnVerstreken, herstellastPerDag, controle, dealen, geconstateerd, verbeurd, invordering, perDag, opgelegd, eenmaalVerbeurd, ingevorderd, type RegistreerBezwaarTegen, ingediend, beschikking1 } from './zaak.spec-support';

describe('dwangsom: neem beslissing op bezwaar (art. 7:11 Awb)', () => {
  const beslis = (tegen: RegistreerBezwaarTegen, uitkomst: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk', bekendmakingsdatum: string) =>
    ({ type: 'NeemBeslissingOpBezwaar', ...stap, tegen, uitkomst, bekendmakingsdatum, datum: bekendmakingsdatum }) as const;
  const last = { besluit: 'last' } as const;

  it('decides on an objection with a beroepstermijn; ongegrond leaves the last standing', () => {
    const metBezwaar = [...eenmaalVerbeurd, ingediend(last, '2021-05-19', '2021-05-19', true)];
    // Made known Wednesday 30 June 2021: beroep through Wednesday 11 August.
    given(metBezwaar)
      .when(beslis(last, 'ongegrond', '2021-06-30'))
      .then([{ type: 'BeslissingOpBezwaarGenomen', zaakId, tegen: last, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-06-30', beroepstermijnEinde: '2021-08-11', datum: '2021-06-30', door }]);
    given(opgelegd).when(beslis(last, 'ongegrond', '2021-06-30')).thenRefuses('dwangsom/geen-bezwaar', 'tegen');
    given(metBezwaar).when(beslis(last, 'ongegrond', '2021-05-01')).thenRefuses('dwangsom/datum-voor-vorige-stap', 'bekendmakingsdatum');
    given(metBezwaar).when(beslis(last, 'half' as never, '2021-06-30')).thenRefuses('dwangsom/uitkomst-onbekend', 'uitkomst');
    const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, tegen: last, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-06-30', beroepstermijnEinde: '2021-08-11', datum: '2021-06-30', door } as const;
    given([...metBezwaar, beslist]).when(beslis(last, 'gegrond', '2021-07-30')).thenRefuses('dwangsom/bezwaar-al-beslist', 'tegen');
    given([...metBezwaar, beslist]).when(dealen('2021-09-01')).then([geconstateerd('2021-09-01'), verbeurd(2, '2021-09-01')]);
  });

  it('a gegrond objection against the last herroept it: nothing forfeited under it is owed or collected', () => {
    const metBezwaar = [...ingevorderd, ingediend(last, '2021-05-19', '2021-05-19', true)];
    const gegrond = {
      type: 'BeslissingOpBezwaarGenomen',
      zaakId,
      tegen: last,
      uitkomst: 'gegrond',
      gevolg: { soort: 'herroepen' },
      bekendmakingsdatum: '2021-06-30',
      beroepstermijnEinde: '2021-08-11',
      datum: '2021-06-30',
      door,
    } as const;
    // Without a gevolg, gegrond herroept; the event says so.
    given(metBezwaar).when(beslis(last, 'gegrond', '2021-06-30')).then([gegrond]);
    given(metBezwaar).when({ ...beslis(last, 'gegrond', '2021-06-30'), gevolg: { soort: 'herroepen' } }).then([gegrond]);
    const herroepen = [...metBezwaar, gegrond];
    expect(fold(dwangsomDecider, herroepen)).toMatchObject({ status: 'last-beeindigd', einde: { reden: 'herroepen' }, last: { verbeurdCent: 0 } });
    expect(openstaandCent(fold(dwangsomDecider, herroepen))).toBe(0);
    given(herroepen).when(dealen('2021-09-01')).thenRefuses('dwangsom/last-niet-van-kracht', 'zaakId');
    given(herroepen).when({ type: 'RegistreerBetaling', ...stap, invordering: 1, bedragCent: 100, betaaldatum: '2021-07-01', datum: '2021-07-01' }).thenRefuses('dwangsom/invordering-vervallen', 'invordering');
  });

  it('a gegrond objection against an invorderingsbeschikking voids that one only', () => {
    const tweeVerbeurd = [...ingevorderd, geconstateerd('2021-07-01'), verbeurd(2, '2021-07-01'), invordering(2, 2, '2021-07-05', '2021-08-16'), ingediend(beschikking1, '2021-07-20', '2021-07-27', true)];
    const gegrond = { type: 'BeslissingOpBezwaarGenomen', zaakId, tegen: beschikking1, uitkomst: 'gegrond', bekendmakingsdatum: '2021-08-20', beroepstermijnEinde: '2021-10-01', datum: '2021-08-20', door } as const;
    given(tweeVerbeurd).when(beslis(beschikking1, 'gegrond', '2021-08-20')).then([gegrond]);
    const state = fold(dwangsomDecider, [...tweeVerbeurd, gegrond]);
    expect(openstaandCent(state)).toBe(250_000);
    expect(state).toMatchObject({ status: 'last-van-kracht' });
    given([...tweeVerbeurd, gegrond])
      .when({ type: 'RegistreerBetaling', ...stap, invordering: 1, bedragCent: 100, betaaldatum: '2021-09-01', datum: '2021-09-01' })
      .thenRefuses('dwangsom/invordering-vervallen', 'invordering');
  });

  it('refuses a new beschikking for a forfeiture of a herroepen last (a gegrond decision recorded before gevolg existed herroept)', () => {
    const gegrond = { type: 'BeslissingOpBezwaarGenomen', zaakId, tegen: last, uitkomst: 'gegrond', bekendmakingsdatum: '2021-06-30', beroepstermijnEinde: '2021-08-11', datum: '2021-06-30', door } as const;
    given([...eenmaalVerbeurd, ingediend(last, '2021-05-19', '2021-05-19', true), gegrond])
      .when({ type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring: 1, bekendmakingsdatum: '2021-07-01', datum: '2021-07-01' })
      .thenRefuses('dwangsom/verbeuring-vervallen', 'verbeuring');
  });

  describe('a gegrond bezwaar that changes the last (art. 7:11 lid 2 Awb)', () => {
    const last = { besluit: 'last' } as const;
    // Bekendgemaakt 7 April 2021; bezwaar received Saturday 1 May, in time (through 19 May).
    const bezwaarTegenLast: BezwaarIngediend = { type: 'BezwaarIngediend', zaakId, tegen: last, ontvangstdatum: '2021-05-01', bezwaartermijnEinde: '2021-05-19', tijdig: true, datum: '2021-05-01', door };
    const herstel: DwangsomEvent[] = [geopend, voornemen, termijnVerstreken, herstellastPerDag, bezwaarTegenLast];
    const beslis = (gevolg: NeemBeslissingOpBezwaar['gevolg'], bekendmakingsdatum = '2021-06-02', uitkomst: NeemBeslissingOpBezwaar['uitkomst'] = 'gegrond') =>
      ({ type: 'NeemBeslissingOpBezwaar', ...stap, tegen: last, uitkomst, gevolg, bekendmakingsdatum, datum: bekendmakingsdatum }) as const;
    // Made known Wednesday 2 June 2021: beroep through Wednesday 14 July.
    const genomen = (gevolg: BeslissingOpBezwaarGenomen['gevolg'], bekendmakingsdatum = '2021-06-02', beroepstermijnEinde = '2021-07-14'): BeslissingOpBezwaarGenomen => ({
      type: 'BeslissingOpBezwaarGenomen',
      zaakId,
      tegen: last,
      uitkomst: 'gegrond',
      gevolg,
      bekendmakingsdatum,
      beroepstermijnEinde,
      datum: bekendmakingsdatum,
      door,
    });

    it('given nothing forfeited yet, when the bezwaar is gegrond with € 250 a day, € 10.000 at most and four new weeks, then the last stands changed', () => {
      // Four weeks from Wednesday 2 June 2021 end Wednesday 30 June: the new chance runs from the beslissing op bezwaar.
      const gewijzigd = genomen({
        soort: 'gewijzigd',
        bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 25_000 },
        maximumCent: 1_000_000,
        begunstigingstermijn: { einde: '2021-06-30', lengte: { aantal: 4, eenheid: 'weken' }, verlengdAlsAtw: true },
      });
      given(herstel)
        .when(
          beslis({
            soort: 'gewijzigd',
            bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 25_000 },
            maximumCent: 1_000_000,
            begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true },
          }),
        )
        .then([gewijzigd]);
      const na = [...herstel, gewijzigd];
      expect(fold(dwangsomDecider, na)).toMatchObject({
        status: 'last-van-kracht',
        last: { bedrag: { bedragCent: 25_000 }, maximumCent: 1_000_000, vorm: { begunstigingstermijn: { einde: '2021-06-30' } } },
      });
      given(na)
        .when(controle({ soort: 'overtreding', van: '2021-06-30', totEnMet: '2021-07-02', omschrijving: 'x' }, '2021-07-02'))
        .thenRefuses('dwangsom/binnen-begunstigingstermijn', 'uitkomst.van');
      // 1 and 2 July: two days × € 250.
      given(na)
        .when(controle({ soort: 'overtreding', van: '2021-07-01', totEnMet: '2021-07-02', omschrijving: 'x' }, '2021-07-02'))
        .then([
          { ...geconstateerd('2021-07-01', '2021-07-02'), omschrijving: 'x' },
          verbeurd(1, '2021-07-01', 50_000, { datum: '2021-07-02', totEnMet: '2021-07-02', eenheden: 2, berekendCent: 50_000, afgetopt: false, ...perDag('2021-07-01', 25_000) }),
        ]);
    });

    it('changes only what it names, and never makes the last heavier', () => {
      given(herstel).when(beslis({ soort: 'gewijzigd', maximumCent: 1_500_000 })).then([genomen({ soort: 'gewijzigd', maximumCent: 1_500_000 })]);
      given(herstel).when(beslis({ soort: 'gewijzigd' })).thenRefuses('dwangsom/wijziging-leeg', 'gevolg');
      given(herstel).when(beslis({ soort: 'gewijzigd', maximumCent: 2_500_000 })).thenRefuses('dwangsom/wijziging-verzwaart', 'gevolg.maximumCent');
      given(herstel)
        .when(beslis({ soort: 'gewijzigd', bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 60_000 } }))
        .thenRefuses('dwangsom/wijziging-verzwaart', 'gevolg.bedrag');
      given(herstel)
        .when(beslis({ soort: 'gewijzigd', bedrag: { soort: 'per-tijdseenheid', eenheid: 'week', bedragCent: 10_000 } }))
        .thenRefuses('dwangsom/wijziging-verzwaart', 'gevolg.bedrag');
      // Decided on Monday 3 May, before the begunstigingstermijn (through 6 May) ended: a new end on 5 May shortens it.
      given(herstel).when(beslis({ soort: 'gewijzigd', begunstigingstermijn: { einde: '2021-05-05' } }, '2021-05-03')).thenRefuses('dwangsom/wijziging-verzwaart', 'gevolg.begunstigingstermijn');
      given(herstel).when(beslis({ soort: 'gewijzigd', maximumCent: 40_000 })).thenRefuses('dwangsom/maximum-onder-bedrag', 'gevolg.maximumCent');
      given(herstel).when(beslis({ soort: 'gewijzigd', maximumCent: 100.5 })).thenRefuses('dwangsom/bedrag-ongeldig', 'gevolg.maximumCent');
      const preventief = [...opgelegd, bezwaarTegenLast];
      given(preventief)
        .when(beslis({ soort: 'gewijzigd', begunstigingstermijn: { einde: '2021-07-01' } }))
        .thenRefuses('dwangsom/begunstigingstermijn-bij-preventieve-last', 'gevolg.begunstigingstermijn');
    });

    it('takes a gevolg only for a gegrond objection against the last', () => {
      given(herstel).when(beslis({ soort: 'herroepen' }, '2021-06-02', 'ongegrond')).thenRefuses('dwangsom/gevolg-zonder-gegrond-bezwaar-tegen-last', 'gevolg');
      const tegenBeschikking = [...ingevorderd, { ...bezwaarTegenLast, tegen: { besluit: 'invorderingsbeschikking', invordering: 1 }, ontvangstdatum: '2021-07-01', bezwaartermijnEinde: '2021-07-27' } as const];
      given(tegenBeschikking)
        .when({ ...beslis({ soort: 'gewijzigd', maximumCent: 500_000 }, '2021-08-02'), tegen: { besluit: 'invorderingsbeschikking', invordering: 1 } })
        .thenRefuses('dwangsom/gevolg-zonder-gegrond-bezwaar-tegen-last', 'gevolg');
    });

    describe('given € 7.000 forfeited (7–20 May 2021) before the beslissing op bezwaar', () => {
      const verbeurdVoorBeslissing: DwangsomEvent[] = [
        ...herstel,
        geconstateerd('2021-05-07', '2021-05-20'),
        verbeurd(1, '2021-05-07', 700_000, { totEnMet: '2021-05-20', eenheden: 14, berekendCent: 700_000, ...perDag('2021-05-07') }),
      ];

      it('a maximum below what forfeited is refused, saying what to choose; exactly that amount exhausts the last', () => {
        const refusal = given(verbeurdVoorBeslissing).when(beslis({ soort: 'gewijzigd', maximumCent: 600_000 })).thenRefuses('dwangsom/maximum-onder-verbeurd', 'gevolg.maximumCent');
        expect(refusal.detail).toContain('al € 7.000,00 verbeurd');
        expect(refusal.detail).toContain('ten minste € 7.000,00');
        given(verbeurdVoorBeslissing)
          .when(beslis({ soort: 'gewijzigd', maximumCent: 700_000 }))
          .then([genomen({ soort: 'gewijzigd', maximumCent: 700_000 }), { type: 'LastUitgeput', zaakId, maximumCent: 700_000, op: '2021-06-02', datum: '2021-06-02', door }]);
        given(verbeurdVoorBeslissing).when(beslis({ soort: 'gewijzigd', maximumCent: 1_000_000 })).then([genomen({ soort: 'gewijzigd', maximumCent: 1_000_000 })]);
      });

      it('a lower sum, or a begunstigingstermijn reaching into a forfeiture, would change what forfeited: refused, herroepen is the way', () => {
        const lager = given(verbeurdVoorBeslissing)
          .when(beslis({ soort: 'gewijzigd', bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 25_000 } }))
          .thenRefuses('dwangsom/wijziging-raakt-verbeuringen', 'gevolg.bedrag');
        expect(lager.detail).toContain('herroep de last');
        given(verbeurdVoorBeslissing).when(beslis({ soort: 'gewijzigd', begunstigingstermijn: { einde: '2021-06-30' } })).thenRefuses('dwangsom/wijziging-raakt-verbeuringen', 'gevolg.begunstigingstermijn');
      });
    });
  });
});
