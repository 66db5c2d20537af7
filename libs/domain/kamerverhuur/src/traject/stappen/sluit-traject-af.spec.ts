import { fold } from '@handhaving/domain-shared';
import { trajectDecider } from '../traject.decider';
import { afgesloten, beslist, bestuursdwang, dwangsomGekozen, geconstateerd, gecontroleerd, given, inBezwaar, naHercontrole, naVooraankondiging, nietNageleefd, opgelegd, stap } from './traject.spec-support';

const sluit = (resultaat: string, afsluitdatum: string, toelichting?: string) =>
  ({ type: 'SluitTrajectAf', ...stap, resultaat: resultaat as never, afsluitdatum, ...(toelichting === undefined ? {} : { toelichting }), datum: afsluitdatum }) as const;

describe('kamerverhuur traject: sluit traject af', () => {
  it('nageleefd, after a hercontrole found the violation ended', () => {
    const nageleefd = [...naVooraankondiging, gecontroleerd('2020-02-24', 'nageleefd', 'vooraankondiging')];
    given(nageleefd).when(sluit('nageleefd', '2020-02-26')).then([afgesloten('nageleefd', '2020-02-26')]);
    given([...opgelegd, gecontroleerd('2020-05-01', 'nageleefd', 'last-onder-bestuursdwang')]).when(sluit('nageleefd', '2020-05-04')).then([afgesloten('nageleefd', '2020-05-04')]);
    given([geconstateerd, dwangsomGekozen(), gecontroleerd('2020-06-01', 'nageleefd', 'last-onder-dwangsom')]).when(sluit('nageleefd', '2020-06-02')).then([afgesloten('nageleefd', '2020-06-02')]);
    expect(fold(trajectDecider, [...nageleefd, afgesloten('nageleefd', '2020-02-26')])).toMatchObject({ status: 'afgesloten', afsluiting: { afsluitdatum: '2020-02-26', resultaat: 'nageleefd' } });
  });

  it('refuses nageleefd without a hercontrole, or when the last one found the violation going on', () => {
    given(naVooraankondiging).when(sluit('nageleefd', '2020-02-26')).thenRefuses('kamerverhuur/naleving-niet-vastgesteld', 'resultaat');
    given(naHercontrole).when(sluit('nageleefd', '2020-02-26')).thenRefuses('kamerverhuur/naleving-niet-vastgesteld', 'resultaat');
    given(bestuursdwang).when(sluit('nageleefd', '2020-06-03')).thenRefuses('kamerverhuur/naleving-niet-vastgesteld', 'resultaat');
  });

  it('gelegaliseerd at any point, saying which permit', () => {
    given(opgelegd).when(sluit('gelegaliseerd', '2020-04-01', ' kamerverhuurvergunning verleend op 30 maart 2020 ')).then([afgesloten('gelegaliseerd', '2020-04-01', 'kamerverhuurvergunning verleend op 30 maart 2020')]);
    given(opgelegd).when(sluit('gelegaliseerd', '2020-04-01')).thenRefuses('kamerverhuur/toelichting-ontbreekt', 'toelichting');
  });

  it('bestuursdwang-toegepast only after it was', () => {
    given(bestuursdwang).when(sluit('bestuursdwang-toegepast', '2020-06-03')).then([afgesloten('bestuursdwang-toegepast', '2020-06-03')]);
    given(nietNageleefd).when(sluit('bestuursdwang-toegepast', '2020-06-03')).thenRefuses('kamerverhuur/bestuursdwang-niet-toegepast', 'resultaat');
  });

  it('dwangsom-ingevorderd only on the dwangsom route', () => {
    given([geconstateerd, dwangsomGekozen()]).when(sluit('dwangsom-ingevorderd', '2021-01-15')).then([afgesloten('dwangsom-ingevorderd', '2021-01-15')]);
    given(nietNageleefd).when(sluit('dwangsom-ingevorderd', '2020-06-03')).thenRefuses('kamerverhuur/geen-dwangsom-gekozen', 'resultaat');
  });

  it('geen-overtreding with the reason, not while a last onder bestuursdwang stands', () => {
    given([geconstateerd]).when(sluit('geen-overtreding', '2020-02-10', 'de bewoners vormen één huishouden')).then([afgesloten('geen-overtreding', '2020-02-10', 'de bewoners vormen één huishouden')]);
    given([geconstateerd]).when(sluit('geen-overtreding', '2020-02-10')).thenRefuses('kamerverhuur/toelichting-ontbreekt', 'toelichting');
    given(opgelegd).when(sluit('geen-overtreding', '2020-04-01', 'één huishouden')).thenRefuses('kamerverhuur/last-staat-nog', 'resultaat');
    given([...inBezwaar, beslist('gegrond')]).when(sluit('geen-overtreding', '2020-06-11', 'bezwaar gegrond: één huishouden')).then([afgesloten('geen-overtreding', '2020-06-11', 'bezwaar gegrond: één huishouden')]);
  });

  it('refuses an unknown result, a date before the last step, and a second closure', () => {
    given([geconstateerd]).when(sluit('opgegeven', '2020-02-10')).thenRefuses('kamerverhuur/resultaat-onbekend', 'resultaat');
    given(bestuursdwang).when(sluit('bestuursdwang-toegepast', '2020-06-01')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'afsluitdatum');
    given([geconstateerd]).when({ ...sluit('geen-overtreding', '10-02-2020', 'x'), datum: '2020-02-10' }).thenRefuses('kamerverhuur/datum-ongeldig', 'afsluitdatum');
    given([...bestuursdwang, afgesloten('bestuursdwang-toegepast', '2020-06-03')]).when(sluit('bestuursdwang-toegepast', '2020-06-04')).thenRefuses('kamerverhuur/traject-afgesloten', 'zaakId');
    given([]).when(sluit('nageleefd', '2020-06-04')).thenRefuses('kamerverhuur/zaak-onbekend', 'zaakId');
  });
});
