import { VERTROUWELIJK } from '../verzegelde-inhoud';
import { herstel } from './rechtsgang.spec-support';
import { given, geweigerd, metBezwaar, zaakId, door } from './zaak.spec-support';

describe('bibob: vraag herstel van een verzuim in het bezwaar (art. 6:6, 7:10 lid 2 Awb)', () => {
  it('asked Thursday 18 January 2024: the beslistermijn stands still from the 19th; what is missing travels sealed', () => {
    given(metBezwaar)
      .when(herstel('2024-01-18'))
      .then([{ type: 'HerstelVerzuimGevraagd', zaakId, verzuim: VERTROUWELIJK, hersteltermijnEinde: '2024-02-01', opgeschortVanaf: '2024-01-19', inhoud: { verzegeld: 'dmVyenVpbQ==' }, datum: '2024-01-18', door }]);
  });

  it('refuses without a bezwaar, and a verzuim in plain text', () => {
    given(geweigerd).when(herstel('2024-01-18')).thenRefuses('bibob/geen-bezwaar', 'zaakId');
    given(metBezwaar).when({ ...herstel('2024-01-18'), verzuim: 'de gronden ontbreken' as never }).thenRefuses('bibob/inhoud-niet-verzegeld', 'verzuim');
  });
});
