import { beslis } from './rechtsgang.spec-support';
import { given, metBezwaar, zaakId, door, stap, zaakNa } from './zaak.spec-support';

const beroep = (indieningsdatum = '2024-03-20') => ({ type: 'RegistreerBeroep', ...stap, rechtbank: 'Rechtbank Limburg', indieningsdatum, datum: indieningsdatum }) as const;

describe('bibob: registreer beroep (art. 8:1, 6:7 Awb)', () => {
  it('against the beslissing op bezwaar of 21 February 2024: on time through 3 April', () => {
    const beslist = zaakNa(metBezwaar, [beslis('ongegrond')]);
    given(beslist).when(beroep()).then([{ type: 'BeroepIngesteld', zaakId, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2024-03-20', beroepstermijnEinde: '2024-04-03', tijdig: true, datum: '2024-03-20', door }]);
    given(metBezwaar).when(beroep()).thenRefuses('bibob/geen-beslissing-op-bezwaar', 'zaakId');
  });
});
