import { given, zaakId, door, geopend, voornemen, termijnVerstreken, preventieveLast, legOp, herstellastPerDag, opgelegd } from './zaak.spec-support';

describe('dwangsom: leg last op', () => {
  const naZienswijze = [geopend, voornemen, termijnVerstreken];

  it('given the zienswijzefase ended, when a preventieve last for a year is imposed, then it runs through the day before the anniversary and bezwaar six weeks', () => {
    given(naZienswijze).when(legOp()).then([preventieveLast]);
  });

  it('computes the begunstigingstermijn of a herstellast, extended past Bevrijdingsdag as the policy chooses', () => {
    given(naZienswijze)
      .when(
        legOp({
          vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: true } },
          bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
          maximumCent: 2_000_000,
        }),
      )
      .then([herstellastPerDag]);
    given(naZienswijze)
      .when(
        legOp({
          vorm: { soort: 'herstellast', begunstigingstermijn: { lengte: { aantal: 4, eenheid: 'weken' }, verlengAlsAtw: false } },
          bedrag: { soort: 'per-tijdseenheid', eenheid: 'dag', bedragCent: 50_000 },
          maximumCent: 2_000_000,
        }),
      )
      .then([{ ...herstellastPerDag, vorm: { soort: 'herstellast', begunstigingstermijn: { einde: '2021-05-05', lengte: { aantal: 4, eenheid: 'weken' }, verlengdAlsAtw: false } } }]);
  });

  it('takes a preventieve last without looptijd, or with an end date', () => {
    given(naZienswijze).when(legOp({ vorm: { soort: 'preventieve-last' } })).then([{ ...preventieveLast, vorm: { soort: 'preventieve-last' } }]);
    given(naZienswijze)
      .when(legOp({ vorm: { soort: 'preventieve-last', looptijd: { einde: '2021-12-31' } } }))
      .then([{ ...preventieveLast, vorm: { soort: 'preventieve-last', looptijd: { einde: '2021-12-31' } } }]);
    given(naZienswijze).when(legOp({ vorm: { soort: 'preventieve-last', looptijd: { einde: '2021-04-01' } } })).thenRefuses('dwangsom/termijn-ongeldig', 'vorm.looptijd.einde');
    given(naZienswijze)
      .when(legOp({ vorm: { soort: 'preventieve-last', looptijd: { lengte: { aantal: 2, eenheid: 'weken' as never } } } }))
      .thenRefuses('dwangsom/termijn-ongeldig', 'vorm.looptijd.lengte.eenheid');
  });

  it('imposes without voornemen only with motivated urgency (art. 4:11 Awb)', () => {
    const spoedeisend = { motivering: 'handel bij een school, direct gevaar' };
    given([geopend])
      .when(legOp({ spoedeisend }))
      .then([{ type: 'VoornemenAchterwegeGelaten', zaakId, motivering: spoedeisend.motivering, datum: '2021-04-07', door }, preventieveLast]);
    given([geopend]).when(legOp()).thenRefuses('dwangsom/voornemen-ontbreekt', 'spoedeisend');
    given([geopend]).when(legOp({ spoedeisend: { motivering: ' ' } })).thenRefuses('dwangsom/spoed-zonder-motivering', 'spoedeisend.motivering');
    given(naZienswijze).when(legOp({ spoedeisend })).thenRefuses('dwangsom/spoed-na-voornemen', 'spoedeisend');
    given([geopend]).when(legOp({ spoedeisend, bekendmakingsdatum: '2021-02-01' })).thenRefuses('dwangsom/datum-voor-vorige-stap', 'bekendmakingsdatum');
  });

  it('waits for the zienswijzefase, and imposes once', () => {
    given([geopend, voornemen]).when(legOp()).thenRefuses('dwangsom/zienswijzefase-niet-afgerond', 'zaakId');
    given(opgelegd).when(legOp()).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
    given(naZienswijze).when(legOp({ bekendmakingsdatum: '2021-03-01' })).thenRefuses('dwangsom/datum-voor-vorige-stap', 'bekendmakingsdatum');
  });

  it('refuses money that is not whole positive cents, and a maximum below one sum', () => {
    given(naZienswijze).when(legOp({ bedrag: { soort: 'per-overtreding', bedragCent: 2500.5 } })).thenRefuses('dwangsom/bedrag-ongeldig', 'bedrag.bedragCent');
    given(naZienswijze).when(legOp({ bedrag: { soort: 'per-overtreding', bedragCent: 0 } })).thenRefuses('dwangsom/bedrag-ongeldig', 'bedrag.bedragCent');
    given(naZienswijze).when(legOp({ bedrag: { soort: 'per-overtreding', bedragCent: '250000' as never } })).thenRefuses('dwangsom/bedrag-ongeldig', 'bedrag.bedragCent');
    given(naZienswijze).when(legOp({ maximumCent: 1e6 + 0.01 })).thenRefuses('dwangsom/bedrag-ongeldig', 'maximumCent');
    given(naZienswijze).when(legOp({ maximumCent: 249_999 })).thenRefuses('dwangsom/maximum-onder-bedrag', 'maximumCent');
  });

  it('refuses an unknown kind of sum, unit or last, and a herstellast without begunstigingstermijn', () => {
    given(naZienswijze).when(legOp({ bedrag: { soort: 'per-maand', bedragCent: 1 } as never })).thenRefuses('dwangsom/bedragsoort-onbekend', 'bedrag.soort');
    given(naZienswijze).when(legOp({ bedrag: { soort: 'per-tijdseenheid', eenheid: 'uur' as never, bedragCent: 1 } })).thenRefuses('dwangsom/tijdseenheid-onbekend', 'bedrag.eenheid');
    given(naZienswijze).when(legOp({ vorm: { soort: 'bestuursdwang' } as never })).thenRefuses('dwangsom/lastvorm-onbekend', 'vorm.soort');
    given(naZienswijze).when(legOp({ vorm: { soort: 'herstellast' } as never })).thenRefuses('dwangsom/begunstigingstermijn-ontbreekt', 'vorm.begunstigingstermijn');
  });

  describe('after the zienswijzefase (art. 4:8 Awb): voornemen Wednesday 3 March 2021, zienswijzetermijn through Wednesday 17 March', () => {
    const zienswijze = { type: 'ZienswijzeOntvangen', zaakId, wijze: 'schriftelijk', van: 'b-dealer', binnenTermijn: true, datum: '2021-03-08', door } as const;

    it('refuses a last dated within the zienswijzetermijn, even when its passing was recorded later', () => {
      const refusal = given(naZienswijze).when(legOp({ datum: '2021-03-10', bekendmakingsdatum: '2021-03-10' })).thenRefuses('dwangsom/besluit-binnen-zienswijzetermijn', 'datum');
      expect(refusal.detail).toContain('vanaf 2021-03-18');
      given(naZienswijze).when(legOp({ datum: '2021-03-18', bekendmakingsdatum: '2021-03-18' })).then([{ ...preventieveLast, datum: '2021-03-18', bekendmakingsdatum: '2021-03-18', bezwaartermijnEinde: '2021-04-29', vorm: { soort: 'preventieve-last', looptijd: { einde: '2022-03-17', lengte: { aantal: 1, eenheid: 'jaren' } } } }]);
    });

    it('allows it within the term once the overtreder was heard, not before his zienswijze', () => {
      const gehoord = [geopend, voornemen, zienswijze];
      given(gehoord).when(legOp({ datum: '2021-03-10', bekendmakingsdatum: '2021-03-10' })).then([{ ...preventieveLast, datum: '2021-03-10', bekendmakingsdatum: '2021-03-10', bezwaartermijnEinde: '2021-04-21', vorm: { soort: 'preventieve-last', looptijd: { einde: '2022-03-09', lengte: { aantal: 1, eenheid: 'jaren' } } } }]);
      given(gehoord).when(legOp({ datum: '2021-03-05', bekendmakingsdatum: '2021-03-05' })).thenRefuses('dwangsom/datum-voor-vorige-stap', 'datum');
    });

    it('is not made known before the day it was taken', () => {
      given(naZienswijze).when(legOp({ datum: '2021-04-07', bekendmakingsdatum: '2021-04-06' })).thenRefuses('dwangsom/datum-voor-vorige-stap', 'bekendmakingsdatum');
    });
  });

  it('no date of a step after the day it is recorded; the bekendmaking may be planned ahead', () => {
    given(naZienswijze).when({ ...legOp(), vandaag: '2021-04-06' }).thenRefuses('dwangsom/datum-in-de-toekomst', 'datum');
    given(naZienswijze).when({ ...legOp({ datum: '2021-04-05' }), vandaag: '2021-04-05' }).then([{ ...preventieveLast, datum: '2021-04-05' }]);
    given([geopend]).when({ type: 'VerzendVoornemen', zaakId, verzenddatum: '2021-03-04', zienswijzetermijn: { einde: '2021-03-17' }, datum: '2021-03-03', door, vandaag: '2021-03-03' }).thenRefuses('dwangsom/datum-in-de-toekomst', 'verzenddatum');
  });
});
