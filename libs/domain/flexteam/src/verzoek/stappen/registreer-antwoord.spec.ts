import { aanBwt, beantwoord, beantwoordMet, given, verstuurd } from './verzoek.spec-support';

describe('verzoek: registreer antwoord', () => {
  it('given a request to the BRP, when it answers that it corrected the registration, then the request is answered', () => {
    given([verstuurd]).when(beantwoord()).then([beantwoordMet()]);
  });

  it('records each side’s answers, on the day sent and after the term has passed', () => {
    given([verstuurd]).when(beantwoord({ uitkomst: 'niet-gecorrigeerd', datum: '2020-09-14' })).then([beantwoordMet({ uitkomst: 'niet-gecorrigeerd', datum: '2020-09-14' })]);
    const bwt = { ...verstuurd, ...aanBwt };
    given([bwt]).when(beantwoord({ uitkomst: 'maatregel-genomen' })).then([beantwoordMet({ uitkomst: 'maatregel-genomen' })]);
    given([bwt]).when(beantwoord({ uitkomst: 'geen-maatregel', datum: '2020-11-02', vandaag: '2020-11-02' })).then([beantwoordMet({ uitkomst: 'geen-maatregel', datum: '2020-11-02', geregistreerdOp: '2020-11-02' })]);
  });

  it('refuses an answer the other side does not give, or an unknown one', () => {
    given([verstuurd]).when(beantwoord({ uitkomst: 'maatregel-genomen' })).thenRefuses('verzoek/uitkomst-past-niet-bij-aan', 'uitkomst');
    given([{ ...verstuurd, ...aanBwt }]).when(beantwoord({ uitkomst: 'gecorrigeerd' })).thenRefuses('verzoek/uitkomst-past-niet-bij-aan', 'uitkomst');
    given([verstuurd]).when(beantwoord({ uitkomst: 'deels' as never })).thenRefuses('verzoek/uitkomst-onbekend', 'uitkomst');
  });

  it('refuses a second answer, an answer to no request or on another request’s stream, and a date before sending or after today', () => {
    given([verstuurd, beantwoordMet()]).when(beantwoord({ uitkomst: 'niet-gecorrigeerd' })).thenRefuses('verzoek/verzoek-al-beantwoord', 'zaakId');
    given([]).when(beantwoord()).thenRefuses('verzoek/zaak-onbekend', 'zaakId');
    given([verstuurd]).when(beantwoord({ zaakId: 'een-ander' })).thenRefuses('verzoek/andere-zaak', 'zaakId');
    given([verstuurd]).when(beantwoord({ datum: '2020-09-13' })).thenRefuses('verzoek/datum-voor-vorige-stap', 'datum');
    given([verstuurd]).when(beantwoord({ vandaag: '2020-10-04' })).thenRefuses('verzoek/datum-in-de-toekomst', 'datum');
  });
});
