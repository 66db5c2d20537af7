import { given, stap, geopend, voornemen } from './zaak.spec-support';

describe('dwangsom: verzend voornemen (art. 4:8 Awb)', () => {
  const verzend = { type: 'VerzendVoornemen', ...stap, verzenddatum: '2021-03-03', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, datum: '2021-03-03' } as const;

  it('given an open case, when the voornemen is sent, then the zienswijzetermijn is computed (two weeks: Wednesday to Wednesday)', () => {
    given([geopend]).when(verzend).then([voornemen]);
  });

  it('takes an end date written in the letter', () => {
    given([geopend])
      .when({ ...verzend, zienswijzetermijn: { einde: '2021-03-19' } })
      .then([{ ...voornemen, zienswijzetermijn: { einde: '2021-03-19' } }]);
    given([geopend]).when({ ...verzend, zienswijzetermijn: { einde: '2021-03-03' } }).thenRefuses('dwangsom/termijn-ongeldig', 'zienswijzetermijn.einde');
  });

  it('refuses a voornemen before the finding, twice, or on an unknown case', () => {
    given([geopend]).when({ ...verzend, verzenddatum: '2021-02-20' }).thenRefuses('dwangsom/datum-voor-vorige-stap', 'verzenddatum');
    given([geopend, voornemen]).when(verzend).thenRefuses('dwangsom/stap-in-verkeerde-volgorde');
    given([]).when(verzend).thenRefuses('dwangsom/zaak-onbekend', 'zaakId');
    given([geopend]).when({ ...verzend, zaakId: 'een-andere' }).thenRefuses('dwangsom/andere-zaak', 'zaakId');
  });

  it('goes to the overtreder, or to the betrokkenen it names; not to someone outside the case', () => {
    given([geopend]).when({ ...verzend, aan: ['b-dealer', 'b-dealer'] }).then([voornemen]);
    given([geopend]).when({ ...verzend, aan: ['b-buurman'] }).thenRefuses('dwangsom/voornemen-aan-onbekende', 'aan');
  });
});
