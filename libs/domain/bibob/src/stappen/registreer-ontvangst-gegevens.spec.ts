import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import { given, gestart, stap, zaakId, door, stappen, zaakNa } from './zaak.spec-support';

describe('bibob: registreer de ontvangst van het vragenformulier of de stukken (art. 4:15 lid 1 sub a Awb)', () => {
  const uit = zaakNa([gestart], [stappen.vragenformulier()]);

  it('given the vragenformulier out since 6 September, when it comes back on 20 September, then the term stood still 7–19 September', () => {
    given(uit).when(stappen.formulierTerug()).then([{ type: 'GegevensOntvangen', zaakId, soort: 'vragenformulier', ontvangstdatum: '2023-09-20', datum: '2023-09-20', door }]);
    const s = fold(bibobDecider, zaakNa(uit, [stappen.formulierTerug()]));
    expect(s).toMatchObject({ status: 'in-onderzoek', onderzoek: { gegevens: [{ soort: 'vragenformulier', verzenddatum: '2023-09-06', ontvangstdatum: '2023-09-20' }] } });
  });

  it('refuses a receipt without a request out, and one before the request', () => {
    given([gestart]).when(stappen.formulierTerug()).thenRefuses('bibob/geen-gegevens-opgevraagd', 'zaakId');
    given(uit).when({ type: 'RegistreerOntvangstGegevens', ...stap, ontvangstdatum: '2023-09-05', datum: '2023-09-20' }).thenRefuses('bibob/datum-voor-vorige-stap', 'ontvangstdatum');
  });
});
