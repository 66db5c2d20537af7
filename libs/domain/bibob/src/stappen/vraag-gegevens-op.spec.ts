import { given, gestart, stap, zaakId, door, zegel, naEigenOnderzoek, voornemenVerzonden, stappen } from './zaak.spec-support';

describe('bibob: vraag een vragenformulier of aanvullende stukken op (art. 30 Wet Bibob, art. 4:15 Awb)', () => {
  it('given a started toets, when the vragenformulier goes out on 6 September, then it is recorded with its sealed description', () => {
    given([gestart])
      .when(stappen.vragenformulier())
      .then([{ type: 'GegevensOpgevraagd', zaakId, soort: 'vragenformulier', verzenddatum: '2023-09-06', omschrijving: zegel(1), datum: '2023-09-06', door }]);
  });

  it('may follow the eigen onderzoek, not the voornemen', () => {
    given(naEigenOnderzoek)
      .when({ type: 'VraagGegevensOp', ...stap, soort: 'aanvullende-stukken', verzenddatum: '2023-10-01', datum: '2023-10-01' })
      .then([{ type: 'GegevensOpgevraagd', zaakId, soort: 'aanvullende-stukken', verzenddatum: '2023-10-01', datum: '2023-10-01', door }]);
    given(voornemenVerzonden).when(stappen.vragenformulier()).thenRefuses('bibob/stap-in-verkeerde-volgorde');
  });

  it('refuses a description in plain text, a second request while one is out, and an unknown kind', () => {
    given([gestart]).when({ type: 'VraagGegevensOp', ...stap, soort: 'vragenformulier', verzenddatum: '2023-09-06', omschrijving: 'KvK-uittreksel en huurcontract' as never, datum: '2023-09-06' }).thenRefuses('bibob/inhoud-niet-verzegeld', 'omschrijving');
    given([gestart]).when({ type: 'VraagGegevensOp', ...stap, soort: 'vragenformulier', verzenddatum: '2023-09-06', omschrijving: { verzegeld: 'x', tekst: 'open' } as never, datum: '2023-09-06' }).thenRefuses('bibob/inhoud-ontbreekt', 'omschrijving');
    const uit = [gestart, { type: 'GegevensOpgevraagd', zaakId, soort: 'vragenformulier', verzenddatum: '2023-09-06', datum: '2023-09-06', door } as const];
    given(uit).when(stappen.vragenformulier()).thenRefuses('bibob/gegevens-al-opgevraagd', 'zaakId');
    given([gestart]).when({ type: 'VraagGegevensOp', ...stap, soort: 'verklaring' as never, verzenddatum: '2023-09-06', datum: '2023-09-06' }).thenRefuses('bibob/soort-gegevens-onbekend', 'soort');
    given([gestart]).when({ ...stappen.vragenformulier(), verzenddatum: '2023-09-04' } as never).thenRefuses('bibob/datum-voor-vorige-stap', 'verzenddatum');
  });
});
