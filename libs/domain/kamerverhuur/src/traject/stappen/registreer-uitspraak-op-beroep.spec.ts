import { fold } from '@handhaving/domain-shared';
import { trajectDecider } from '../traject.decider';
import { afgesloten, beslist, door, given, inBeroep, inBezwaar, stap, zaakId } from './traject.spec-support';

const uitspraak = (uitkomst: string, vernietigd?: boolean) =>
  ({ type: 'RegistreerUitspraakOpBeroep', ...stap, uitkomst: uitkomst as never, ...(vernietigd === undefined ? {} : { vernietigd }), uitspraakdatum: '2020-11-10', datum: '2020-11-10' }) as const;
const gedaan = (uitkomst: 'gegrond' | 'ongegrond', vernietigd: boolean) => ({ type: 'UitspraakOpBeroepGedaan', zaakId, uitkomst, vernietigd, uitspraakdatum: '2020-11-10', datum: '2020-11-10', door }) as const;

describe('kamerverhuur traject: uitspraak op beroep (art. 8:70, 8:72 Awb)', () => {
  it('gegrond and vernietigd on Tuesday 10 November 2020: the last ends as on a herroeping', () => {
    given(inBeroep).when(uitspraak('gegrond', true)).then([gedaan('gegrond', true)]);
    expect(fold(trajectDecider, [...inBeroep, gedaan('gegrond', true)])).toMatchObject({ last: { vervallen: { reden: 'vernietigd', sinds: '2020-11-10' }, bezwaar: { beroep: { uitspraak: { uitkomst: 'gegrond' } } } } });
  });

  it('is recorded after the traject was closed: the procedure runs on', () => {
    given([...inBeroep, afgesloten('gelegaliseerd', '2020-08-01', 'vergunning verleend')]).when(uitspraak('ongegrond')).then([gedaan('ongegrond', false)]);
  });

  it('refuses an uitspraak without beroep, twice, and a gegrond one without saying whether it vernietigde', () => {
    given([...inBezwaar, beslist()]).when(uitspraak('ongegrond')).thenRefuses('kamerverhuur/geen-beroep', 'zaakId');
    given([...inBeroep, gedaan('ongegrond', false)]).when(uitspraak('ongegrond')).thenRefuses('kamerverhuur/uitspraak-al-gedaan', 'zaakId');
    given(inBeroep).when(uitspraak('gegrond')).thenRefuses('kamerverhuur/vernietiging-ontbreekt', 'vernietigd');
    given(inBeroep).when(uitspraak('ongegrond', true)).thenRefuses('kamerverhuur/vernietiging-zonder-gegrond-beroep', 'vernietigd');
  });
});
