import { herstel } from './rechtsgang.spec-support';
import { given, metBezwaar, zaakId, door, stap, zaakNa } from './zaak.spec-support';

describe('bibob: einde van de opschorting van de beslistermijn op bezwaar (art. 7:10 lid 2 Awb)', () => {
  it('repaired Thursday 25 January 2024: 19 through 24 January stood still', () => {
    const gevraagd = zaakNa(metBezwaar, [herstel('2024-01-18')]);
    given(gevraagd)
      .when({ type: 'RegistreerEindeOpschorting', ...stap, einde: 'verzuim-hersteld', datum: '2024-01-25' })
      .then([{ type: 'OpschortingBeslistermijnBeeindigd', zaakId, einde: 'verzuim-hersteld', opschorting: { van: '2024-01-19', totEnMet: '2024-01-24' }, datum: '2024-01-25', door }]);
    given(metBezwaar).when({ type: 'RegistreerEindeOpschorting', ...stap, einde: 'verzuim-hersteld', datum: '2024-01-25' }).thenRefuses('bibob/geen-opschorting', 'zaakId');
  });
});
