import { VERTROUWELIJK } from '../verzegelde-inhoud';
import { verdaag } from './rechtsgang.spec-support';
import { given, metBezwaar, zaakId, door, zaakNa } from './zaak.spec-support';

describe('bibob: verdaag de beslistermijn op bezwaar (art. 7:10 lid 3 Awb)', () => {
  it('the term of 18 January–Wednesday 28 February 2024 postponed six weeks, through Wednesday 10 April; the reason sealed', () => {
    given(metBezwaar)
      .when(verdaag('2024-02-20'))
      .then([{ type: 'BeslistermijnBezwaarVerdaagd', zaakId, lengte: { aantal: 6, eenheid: 'weken' }, reden: VERTROUWELIJK, beslistermijnEinde: '2024-04-10', inhoud: { verzegeld: 'cmVkZW4=' }, datum: '2024-02-20', door }]);
  });

  it('refuses a second verdaging, one after the term, and a reason in plain text', () => {
    given(zaakNa(metBezwaar, [verdaag('2024-02-20')])).when(verdaag('2024-02-21')).thenRefuses('bibob/verdaging-al-gebruikt', 'zaakId');
    given(metBezwaar).when(verdaag('2024-02-29')).thenRefuses('bibob/beslistermijn-verstreken', 'datum');
    given(metBezwaar).when({ ...verdaag('2024-02-20'), reden: 'hoorzitting' as never }).thenRefuses('bibob/inhoud-niet-verzegeld', 'reden');
  });
});
