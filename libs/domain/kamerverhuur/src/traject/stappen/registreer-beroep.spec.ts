import { beroepIngesteld, beslist, door, given, inBeroep, inBezwaar, stap, zaakId } from './traject.spec-support';

const beroep = (indieningsdatum: string, velden: object = {}) => ({ type: 'RegistreerBeroep', ...stap, rechtbank: 'Rechtbank Limburg', indieningsdatum, datum: indieningsdatum, ...velden }) as const;

describe('kamerverhuur traject: beroep tegen de beslissing op bezwaar (art. 8:1, 6:7, 6:9 Awb)', () => {
  it('on time through Wednesday 22 July 2020, late on the 23rd', () => {
    given([...inBezwaar, beslist()]).when(beroep('2020-07-01')).then([beroepIngesteld]);
    given([...inBezwaar, beslist()]).when(beroep('2020-07-23')).then([{ type: 'BeroepIngesteld', zaakId, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2020-07-23', beroepstermijnEinde: '2020-07-22', tijdig: false, datum: '2020-07-23', door }]);
  });

  it('refuses beroep before the beslissing op bezwaar, a second one, and one without rechtbank', () => {
    given(inBezwaar).when(beroep('2020-07-01')).thenRefuses('kamerverhuur/geen-beslissing-op-bezwaar', 'zaakId');
    given(inBeroep).when(beroep('2020-07-02')).thenRefuses('kamerverhuur/beroep-al-ingesteld', 'zaakId');
    given([...inBezwaar, beslist()]).when(beroep('2020-07-01', { rechtbank: ' ' })).thenRefuses('kamerverhuur/rechtbank-ontbreekt', 'rechtbank');
  });
});
