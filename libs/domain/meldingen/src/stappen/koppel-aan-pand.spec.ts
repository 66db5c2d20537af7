import { gekoppeld, geregistreerd, gesloten, given, koppel, pand } from './melding.spec-support';

describe('melding: koppel aan pand', () => {
  it('given a melding about an area, when it is found to be about a pand, then it is linked to that pand', () => {
    given([geregistreerd]).when(koppel()).then([gekoppeld]);
  });

  it('links a melding about an address to the BAG id found behind it', () => {
    given([{ ...geregistreerd, plaats: { soort: 'pand', pand: { soort: 'adres', postcode: '6461AB', huisnummer: 12 } } }]).when(koppel()).then([gekoppeld]);
  });

  it('refuses the pand it is already about, and an invalid pand', () => {
    given([geregistreerd, gekoppeld]).when(koppel({ datum: '2020-03-11', vandaag: '2020-03-11' })).thenRefuses('melding/al-gekoppeld', 'pand');
    given([{ ...geregistreerd, plaats: { soort: 'pand', pand } }]).when(koppel()).thenRefuses('melding/al-gekoppeld', 'pand');
    given([geregistreerd]).when(koppel({ pand: { postcode: '0461AB', huisnummer: 12 } })).thenRefuses('pand/postcode-ongeldig', 'pand.postcode');
  });

  it('refuses a step on an unknown or closed melding, or on another melding’s stream', () => {
    given([]).when(koppel()).thenRefuses('melding/melding-onbekend', 'zaakId');
    given([geregistreerd, gesloten]).when(koppel({ datum: '2020-03-21', vandaag: '2020-03-21' })).thenRefuses('melding/melding-gesloten', 'zaakId');
    given([geregistreerd]).when(koppel({ zaakId: 'een-andere' })).thenRefuses('melding/andere-melding', 'zaakId');
  });

  it('refuses a date after today or before the melding’s last step', () => {
    given([geregistreerd]).when(koppel({ vandaag: '2020-03-09' })).thenRefuses('melding/datum-in-de-toekomst', 'datum');
    given([geregistreerd]).when(koppel({ datum: '2020-03-02' })).thenRefuses('melding/datum-voor-vorige-stap', 'datum');
  });
});
