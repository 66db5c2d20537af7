import { beslist, bezwaarTegenLast, given, stap, door, zaakId } from './zaak.spec-support';

const last = { besluit: 'last' } as const;
const beroep = (indieningsdatum: string) => ({ type: 'RegistreerBeroep', ...stap, tegen: last, rechtbank: 'Rechtbank Limburg', indieningsdatum, datum: indieningsdatum }) as const;
const ingesteld = (indieningsdatum: string, tijdig: boolean) =>
  ({ type: 'BeroepIngesteld', zaakId, tegen: last, rechtbank: 'Rechtbank Limburg', indieningsdatum, beroepstermijnEinde: '2021-08-11', tijdig, datum: indieningsdatum, door }) as const;

describe('dwangsom: beroep against the beslissing op bezwaar (art. 8:1, 6:7, 6:9 Awb)', () => {
  it('on time through Wednesday 11 August 2021, late on the 12th', () => {
    given([...bezwaarTegenLast, beslist]).when(beroep('2021-08-11')).then([ingesteld('2021-08-11', true)]);
    given([...bezwaarTegenLast, beslist]).when(beroep('2021-08-12')).then([ingesteld('2021-08-12', false)]);
  });

  it('refuses beroep before a beslissing op bezwaar, and a second one', () => {
    given(bezwaarTegenLast).when(beroep('2021-06-01')).thenRefuses('dwangsom/geen-beslissing-op-bezwaar', 'tegen');
    given([...bezwaarTegenLast, beslist, ingesteld('2021-07-20', true)]).when(beroep('2021-07-21')).thenRefuses('dwangsom/beroep-al-ingesteld', 'tegen');
  });
});
