import { fold } from '@handhaving/domain-shared';
import { trajectDecider } from '../traject.decider';
import { beroepIngesteld, beslist, bestuursdwang, door, gecontroleerd, given, inBezwaar, nietNageleefd, opgelegd, stap, toegepast, zaakId } from './traject.spec-support';

const pasToe = (uitvoeringsdatum: string, velden: object = {}) => ({ type: 'PasBestuursdwangToe', ...stap, uitvoeringsdatum, kosten: { bedragCent: 125_000 }, datum: uitvoeringsdatum, ...velden }) as const;
const gevraagd = { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2020-05-15', door } as const;

describe('kamerverhuur traject: pas bestuursdwang toe (art. 5:21, 5:24 Awb)', () => {
  it('given a hercontrole on 14 May that found the rooms still let, when the gemeente acts on 2 June, then it records the day and the costs', () => {
    given(nietNageleefd).when(pasToe('2020-06-02')).then([toegepast]);
    expect(fold(trajectDecider, bestuursdwang)).toMatchObject({ status: 'bestuursdwang-toegepast', toepassing: { uitvoeringsdatum: '2020-06-02', kosten: { bedragCent: 125_000 } } });
  });

  it('may leave the costs out; refuses costs that are not whole positive cents', () => {
    const { kosten: _kosten, ...zonderKosten } = toegepast;
    given(nietNageleefd).when(pasToe('2020-06-02', { kosten: undefined })).then([zonderKosten]);
    given(nietNageleefd).when(pasToe('2020-06-02', { kosten: { bedragCent: 12.5 } })).thenRefuses('kamerverhuur/kosten-ongeldig', 'kosten.bedragCent');
    given(nietNageleefd).when(pasToe('2020-06-02', { kosten: { bedragCent: 0 } })).thenRefuses('kamerverhuur/kosten-ongeldig', 'kosten.bedragCent');
  });

  it('refuses it within the begunstigingstermijn (through 13 May), without a hercontrole after it, or when that found the last complied with', () => {
    given(opgelegd).when(pasToe('2020-05-13')).thenRefuses('kamerverhuur/begunstigingstermijn-loopt-nog', 'uitvoeringsdatum');
    given(opgelegd).when(pasToe('2020-05-20')).thenRefuses('kamerverhuur/hercontrole-ontbreekt', 'zaakId');
    given([...opgelegd, gecontroleerd('2020-05-14', 'nageleefd', 'last-onder-bestuursdwang')]).when(pasToe('2020-05-20')).thenRefuses('kamerverhuur/overtreding-beeindigd', 'zaakId');
    given([...opgelegd, gecontroleerd('2020-05-20', 'overtreding', 'last-onder-bestuursdwang')]).when(pasToe('2020-05-19')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'uitvoeringsdatum');
  });

  it('refuses it while a voorlopige voorziening is asked or granted, and once the last was herroepen or vernietigd', () => {
    const metBezwaar = [...inBezwaar, gecontroleerd('2020-05-14', 'overtreding', 'last-onder-bestuursdwang')];
    given([...metBezwaar, gevraagd]).when(pasToe('2020-06-02')).thenRefuses('kamerverhuur/voorziening-gevraagd', 'uitvoeringsdatum');
    given([...metBezwaar, gevraagd, { ...gevraagd, type: 'VoorlopigeVoorzieningToegewezen', datum: '2020-05-25' }]).when(pasToe('2020-06-02')).thenRefuses('kamerverhuur/besluit-geschorst', 'uitvoeringsdatum');
    given([...metBezwaar, gevraagd, { ...gevraagd, type: 'VoorlopigeVoorzieningAfgewezen', datum: '2020-05-25' }]).when(pasToe('2020-06-02')).then([toegepast]);
    given([...metBezwaar, beslist('gegrond')]).when(pasToe('2020-06-11')).thenRefuses('kamerverhuur/last-herroepen', 'zaakId');
    const vernietigd = { type: 'UitspraakOpBeroepGedaan', zaakId, uitkomst: 'gegrond', vernietigd: true, uitspraakdatum: '2020-10-01', datum: '2020-10-01', door } as const;
    given([...metBezwaar, beslist(), beroepIngesteld, vernietigd]).when(pasToe('2020-10-02')).thenRefuses('kamerverhuur/besluit-vernietigd', 'uitvoeringsdatum');
  });

  it('refuses it twice, or before a last', () => {
    given(bestuursdwang).when(pasToe('2020-06-03')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given(inBezwaar.slice(0, -2)).when(pasToe('2020-06-03')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
  });
});
