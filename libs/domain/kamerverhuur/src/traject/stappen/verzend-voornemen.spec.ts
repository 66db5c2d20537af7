import { afgesloten, aangekondigd, dwangsomGekozen, geconstateerd, gecontroleerd, given, naHercontrole, naVooraankondiging, naVoornemen, stap, voornemen } from './traject.spec-support';

const { hersteltermijnEinde: _einde, ...zonderHersteltermijn } = aangekondigd;
const verzend = { type: 'VerzendVoornemen', ...stap, verzenddatum: '2020-03-03', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true }, datum: '2020-03-03' } as const;

describe('kamerverhuur traject: verzend voornemen (art. 4:8 Awb)', () => {
  it('given a hercontrole that found the violation going on, when the voornemen is sent, then the policy’s two weeks run Tuesday to Tuesday, to the overtreder', () => {
    given(naHercontrole).when(verzend).then([voornemen]);
  });

  it('may follow the constatering directly, and takes an end date written in the letter', () => {
    given([geconstateerd]).when(verzend).then([voornemen]);
    given(naHercontrole)
      .when({ ...verzend, zienswijzetermijn: { einde: '2020-03-20' } })
      .then([{ ...voornemen, zienswijzetermijn: { einde: '2020-03-20' } }]);
    given(naHercontrole).when({ ...verzend, zienswijzetermijn: { einde: '2020-03-03' } }).thenRefuses('kamerverhuur/termijn-ongeldig', 'zienswijzetermijn.einde');
  });

  it('after a vooraankondiging, waits for its hersteltermijn (through 24 February)', () => {
    given(naVooraankondiging).when({ ...verzend, verzenddatum: '2020-02-24', datum: '2020-02-24' }).thenRefuses('kamerverhuur/hersteltermijn-loopt-nog', 'verzenddatum');
    given(naVooraankondiging).when(verzend).then([voornemen]);
  });

  it('refuses a voornemen once a hercontrole found the violation ended', () => {
    given([...naVooraankondiging, gecontroleerd('2020-02-25', 'nageleefd', 'vooraankondiging')]).when(verzend).thenRefuses('kamerverhuur/overtreding-beeindigd', 'zaakId');
  });

  it('refuses one before the previous step, to someone outside the traject, or twice', () => {
    given([geconstateerd]).when({ ...verzend, verzenddatum: '2020-02-01', datum: '2020-02-01' }).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'verzenddatum');
    given([geconstateerd, zonderHersteltermijn]).when({ ...verzend, verzenddatum: '2020-02-09' }).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'verzenddatum');
    given(naHercontrole).when({ ...verzend, aan: ['b-buurman'] }).thenRefuses('kamerverhuur/voornemen-aan-onbekende', 'aan');
    given(naVoornemen).when(verzend).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
  });

  it('refuses one on the dwangsom route, or after closure', () => {
    given([geconstateerd, dwangsomGekozen()]).when(verzend).thenRefuses('kamerverhuur/dwangsom-gekozen', 'zaakId');
    given([geconstateerd, afgesloten('geen-overtreding', '2020-02-20', 'één huishouden')]).when(verzend).thenRefuses('kamerverhuur/traject-afgesloten', 'zaakId');
  });
});
