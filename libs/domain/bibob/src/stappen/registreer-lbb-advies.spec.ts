import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import { beslistermijnVanToets } from '../regels/toets-termijnen';
import { given, adviesGevraagd, adviesOntvangen, naEigenOnderzoek, stap, zaakId, door, zegel, stappen } from './zaak.spec-support';

describe('bibob: registreer het advies van het LBB', () => {
  it('given advice asked 2 October, when it comes on Wednesday 15 November finding a serious danger, then the conclusion is plain and the text sealed', () => {
    given(adviesGevraagd)
      .when(stappen.advies())
      .then([{ type: 'LbbAdviesOntvangen', zaakId, ontvangstdatum: '2023-11-15', conclusie: 'ernstige-mate', advies: zegel(3), datum: '2023-11-15', door }]);
  });

  it('the beslistermijn runs again: 13 days for the vragenformulier and 43 for the advice move Monday 30 October to Monday 25 December, Christmas: Atw → Wednesday 27 December 2023', () => {
    const s = fold(bibobDecider, adviesOntvangen);
    if (s.status === 'onbekend') throw new Error('toets verwacht');
    expect(s.status).toBe('advies-ontvangen');
    expect(beslistermijnVanToets(s.zaak, s.onderzoek)).toMatchObject({ status: 'bekend', einde: '2023-12-27', dagenOpgeschort: 56 });
  });

  it('refuses an advice in plain text, an unknown conclusion, one before the request, one without a request, and a second', () => {
    const advies = { type: 'RegistreerLbbAdvies', ...stap, ontvangstdatum: '2023-11-15', conclusie: 'ernstige-mate', advies: zegel(3), datum: '2023-11-15' } as const;
    given(adviesGevraagd).when({ ...advies, advies: 'Ernstig gevaar: witwassen' as never }).thenRefuses('bibob/inhoud-niet-verzegeld', 'advies');
    given(adviesGevraagd).when({ ...advies, conclusie: 'onduidelijk' as never }).thenRefuses('bibob/conclusie-onbekend', 'conclusie');
    given(adviesGevraagd).when({ ...advies, ontvangstdatum: '2023-10-01' }).thenRefuses('bibob/datum-voor-vorige-stap', 'ontvangstdatum');
    given(naEigenOnderzoek).when(advies).thenRefuses('bibob/stap-in-verkeerde-volgorde');
    given(adviesOntvangen).when(advies).thenRefuses('bibob/stap-in-verkeerde-volgorde');
  });
});
