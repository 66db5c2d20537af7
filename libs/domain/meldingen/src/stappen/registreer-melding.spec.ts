import { geregistreerd, given, registreer, zegel } from './melding.spec-support';

describe('melding: registreer melding', () => {
  it('given nothing, when a meldpunt signal about an area comes in, then it is registered with its description sealed', () => {
    given([]).when(registreer()).then([geregistreerd]);
  });

  it('registers a signal about a pand, written as an address, normalised by the pand identity', () => {
    given([])
      .when(registreer({ plaats: { soort: 'pand', pand: { postcode: '6461 ab', huisnummer: '12', huisletter: 'a' } } }))
      .then([{ ...geregistreerd, plaats: { soort: 'pand', pand: { soort: 'adres', postcode: '6461AB', huisnummer: 12, huisletter: 'A' } } }]);
  });

  it('registers a meldkamer signal in a meldkamer category, a police signal in either list, without a description, and takes the step date when no vandaag is given', () => {
    const { omschrijving: _, ...zonder } = geregistreerd;
    void _;
    given([]).when(registreer({ bron: 'meldkamer-handhaving', categorie: 'overlast-geluid', omschrijving: undefined })).then([{ ...zonder, bron: 'meldkamer-handhaving', categorie: 'overlast-geluid' }]);
    given([]).when(registreer({ bron: 'politie', categorie: 'woonoverlast', vandaag: undefined })).then([{ ...geregistreerd, bron: 'politie', categorie: 'woonoverlast' }]);
    given([]).when(registreer({ bron: 'brp', categorie: 'leefbaarheid-algemeen' })).then([{ ...geregistreerd, bron: 'brp', categorie: 'leefbaarheid-algemeen' }]);
  });

  it('refuses a category of the other table for the meldpunt and the meldkamer', () => {
    given([]).when(registreer({ categorie: 'overlast-geluid' })).thenRefuses('melding/categorie-past-niet-bij-bron', 'categorie');
    given([]).when(registreer({ bron: 'meldkamer-handhaving', categorie: 'drugsoverlast' })).thenRefuses('melding/categorie-past-niet-bij-bron', 'categorie');
  });

  it('refuses sources, categories and places outside the lists, a missing gemeente or area, and an invalid pand', () => {
    given([]).when(registreer({ bron: 'buurtapp' as never })).thenRefuses('melding/bron-onbekend', 'bron');
    given([]).when(registreer({ categorie: 'hondenpoep' as never })).thenRefuses('melding/categorie-onbekend', 'categorie');
    given([]).when(registreer({ gemeente: ' ' })).thenRefuses('melding/gemeente-ontbreekt', 'gemeente');
    given([]).when(registreer({ plaats: { soort: 'wijk' } as never })).thenRefuses('melding/plaats-onbekend', 'plaats.soort');
    given([]).when(registreer({ plaats: { soort: 'gebied', omschrijving: '  ' } })).thenRefuses('melding/gebied-ontbreekt', 'plaats.omschrijving');
    given([]).when(registreer({ plaats: { soort: 'pand', pand: { adresseerbaarObjectId: '123' } } })).thenRefuses('pand/bag-id-ongeldig', 'plaats.pand.adresseerbaarObjectId');
    given([]).when(registreer({ plaats: { soort: 'pand' } as never })).thenRefuses('melding/pand-ontbreekt', 'plaats.pand');
  });

  it('refuses a description in plain text: it may name people', () => {
    given([]).when(registreer({ omschrijving: 'de buurman op nummer 12 dealt' as never })).thenRefuses('melding/inhoud-niet-verzegeld', 'omschrijving');
    given([]).when(registreer({ omschrijving: { ...zegel, tekst: 'x' } as never })).thenRefuses('melding/inhoud-ongeldig', 'omschrijving');
  });

  it('refuses dates after today, a registration before the signal was made, and a second registration', () => {
    given([]).when(registreer({ datum: '2020-03-04' })).thenRefuses('melding/datum-in-de-toekomst', 'datum');
    given([]).when(registreer({ meldingsdatum: '2020-03-04', datum: '2020-03-03' })).thenRefuses('melding/datum-in-de-toekomst', 'meldingsdatum');
    given([]).when(registreer({ meldingsdatum: '2020-03-03', datum: '2020-03-02' })).thenRefuses('melding/datum-voor-vorige-stap', 'datum');
    given([]).when(registreer({ meldingsdatum: '2020-02-30' })).thenRefuses('melding/datum-ongeldig', 'meldingsdatum');
    given([geregistreerd]).when(registreer()).thenRefuses('melding/melding-bestaat-al', 'zaakId');
  });
});
