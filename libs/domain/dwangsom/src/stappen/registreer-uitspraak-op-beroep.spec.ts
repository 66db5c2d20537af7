import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider } from '../dwangsom.decider';
import { beslist, bezwaarTegenLast, geconstateerd, given, stap, verbeurd, door, zaakId } from './zaak.spec-support';

const last = { besluit: 'last' } as const;
const ingesteld = { type: 'BeroepIngesteld', zaakId, tegen: last, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-07-20', beroepstermijnEinde: '2021-08-11', tijdig: true, datum: '2021-07-20', door } as const;
const inBeroep = [...bezwaarTegenLast, geconstateerd('2021-06-10'), verbeurd(1, '2021-06-10'), beslist, ingesteld];
const uitspraak = (uitkomst: 'gegrond' | 'ongegrond', vernietigd?: boolean) =>
  ({ type: 'RegistreerUitspraakOpBeroep', ...stap, tegen: last, uitkomst, ...(vernietigd === undefined ? {} : { vernietigd }), uitspraakdatum: '2021-10-05', datum: '2021-10-05' }) as const;
const gedaan = (uitkomst: 'gegrond' | 'ongegrond', vernietigd: boolean) => ({ type: 'UitspraakOpBeroepGedaan', zaakId, tegen: last, uitkomst, vernietigd, uitspraakdatum: '2021-10-05', datum: '2021-10-05', door }) as const;

describe('dwangsom: uitspraak op beroep (art. 8:70, 8:72 Awb)', () => {
  it('gegrond and vernietigd on Tuesday 5 October 2021: the last ends as on a herroeping, nothing that forfeited under it is owed', () => {
    given(inBeroep).when(uitspraak('gegrond', true)).then([gedaan('gegrond', true)]);
    expect(fold(dwangsomDecider, [...inBeroep, gedaan('gegrond', true)])).toMatchObject({ status: 'last-beeindigd', einde: { reden: 'vernietigd', sinds: '2021-10-05' }, last: { verbeurdCent: 0 }, verbeuringen: [{ vervallen: true }] });
    given([...inBeroep, gedaan('gegrond', true)]).when({ type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring: 1, bekendmakingsdatum: '2021-10-06', datum: '2021-10-06' }).thenRefuses('dwangsom/verbeuring-vervallen', 'verbeuring');
  });

  it('ongegrond leaves the last standing; refuses an uitspraak without beroep, and a gegrond one without saying whether it vernietigde', () => {
    expect(fold(dwangsomDecider, [...inBeroep, gedaan('ongegrond', false)])).toMatchObject({ status: 'last-van-kracht' });
    given([...bezwaarTegenLast, beslist]).when(uitspraak('ongegrond')).thenRefuses('dwangsom/geen-beroep', 'tegen');
    given(inBeroep).when(uitspraak('gegrond')).thenRefuses('dwangsom/vernietiging-ontbreekt', 'vernietigd');
  });
});
