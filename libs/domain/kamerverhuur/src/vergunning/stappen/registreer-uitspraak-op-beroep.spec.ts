import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { door, given, intrekkingMetBezwaar, stappen, weigeringMetBezwaar, zaakId, zaakNa } from './vergunning.spec-support';

const gedaan = (uitkomst: string, vernietigd: boolean, uitspraakdatum: string) => ({ type: 'UitspraakOpBeroepGedaan', zaakId, uitkomst, vernietigd, uitspraakdatum, datum: uitspraakdatum, door }) as never;
/** The intrekking upheld on bezwaar 13 January 2021 (beroep through 24 February), beroep brought 1 February. */
const intrekkingInBeroep = zaakNa(intrekkingMetBezwaar, [stappen.beslis('ongegrond', '2021-01-13'), stappen.beroep('2021-02-01')]);

describe('kamerverhuur: registreer de uitspraak op beroep (art. 8:70, 8:72 Awb)', () => {
  it('gegrond and vernietigd: the intrekking ends as on a herroeping, the permit holds again', () => {
    given(intrekkingInBeroep).when(stappen.uitspraak('gegrond', '2021-06-10', true)).then([gedaan('gegrond', true, '2021-06-10')]);
    expect(fold(vergunningDecider, [...intrekkingInBeroep, gedaan('gegrond', true, '2021-06-10')])).toMatchObject({
      status: 'verleend',
      bestreden: { soort: 'intrekking', herroepen: { op: '2021-06-10', door: 'beroep' }, rechtsbescherming: { beroep: { uitspraak: { uitkomst: 'gegrond', vernietigd: true } } } },
    });
  });

  it('gegrond with the legal effects left standing (art. 8:72 lid 3 sub a Awb), or ongegrond: the intrekking stands', () => {
    expect(fold(vergunningDecider, [...intrekkingInBeroep, gedaan('gegrond', false, '2021-06-10')])).toMatchObject({ status: 'ingetrokken' });
    given(intrekkingInBeroep).when(stappen.uitspraak('ongegrond', '2021-06-10')).then([gedaan('ongegrond', false, '2021-06-10')]);
  });

  it('gegrond and vernietigd against the weigering: the case stays geweigerd, the weigering herroepen', () => {
    const weigeringInBeroep = zaakNa(weigeringMetBezwaar, [stappen.beslis('ongegrond', '2020-05-13'), stappen.beroep('2020-06-10')]);
    expect(fold(vergunningDecider, zaakNa(weigeringInBeroep, [stappen.uitspraak('gegrond', '2020-11-12', true)]))).toMatchObject({ status: 'geweigerd', bestreden: { herroepen: { op: '2020-11-12', door: 'beroep' } } });
  });

  it('refuses an uitspraak without beroep, a second one, a gegrond one without saying whether it vernietigde, and one before the beroep', () => {
    given(intrekkingMetBezwaar).when(stappen.uitspraak('ongegrond', '2021-06-10')).thenRefuses('kamerverhuur/geen-beroep', 'zaakId');
    given(zaakNa(intrekkingInBeroep, [stappen.uitspraak('ongegrond', '2021-06-10')])).when(stappen.uitspraak('ongegrond', '2021-06-11')).thenRefuses('kamerverhuur/uitspraak-al-gedaan', 'zaakId');
    given(intrekkingInBeroep).when(stappen.uitspraak('gegrond', '2021-06-10')).thenRefuses('kamerverhuur/vernietiging-ontbreekt', 'vernietigd');
    given(intrekkingInBeroep).when(stappen.uitspraak('ongegrond', '2021-06-10', true)).thenRefuses('kamerverhuur/vernietiging-zonder-gegrond-beroep', 'vernietigd');
    given(intrekkingInBeroep).when(stappen.uitspraak('ongegrond', '2021-01-31')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'uitspraakdatum');
  });
});
