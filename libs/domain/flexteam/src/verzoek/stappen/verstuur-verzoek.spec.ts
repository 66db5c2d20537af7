import { aanBwt, given, herkomst, verstuur, verstuurd } from './verzoek.spec-support';

describe('verzoek: verstuur verzoek', () => {
  it('given nothing, when the BRP is asked to correct a registration, then the request is sent with four weeks to answer', () => {
    given([]).when(verstuur()).then([verstuurd]);
  });

  it('asks bouw- en woningtoezicht about fire safety, with a term of its own, ending on the same weekday however the calendar runs', () => {
    given([]).when(verstuur({ ...aanBwt, antwoordtermijnInWeken: 2 })).then([{ ...verstuurd, ...aanBwt, antwoordtermijnInWeken: 2, antwoordUiterlijk: '2020-09-28' }]);
    // 52 weeks over a leap day, and over Christmas: the last day is not moved past holidays.
    given([]).when(verstuur({ antwoordtermijnInWeken: 52, datum: '2019-12-25', vandaag: '2019-12-25' })).then([{ ...verstuurd, antwoordtermijnInWeken: 52, antwoordUiterlijk: '2020-12-23', datum: '2019-12-25', geregistreerdOp: '2019-12-25' }]);
    given([]).when(verstuur({ antwoordtermijnInWeken: 1, datum: '2020-12-18', vandaag: undefined })).then([{ ...verstuurd, antwoordtermijnInWeken: 1, antwoordUiterlijk: '2020-12-25', datum: '2020-12-18', geregistreerdOp: '2020-12-18' }]);
  });

  it('takes the address however written, and the control’s pand key loosely written', () => {
    given([])
      .when(verstuur({ pand: { postcode: '6461 ab', huisnummer: '14' }, herkomst: { ...herkomst, pandSleutel: 'adres:6461ab-14' } }))
      .then([{ ...verstuurd, pand: { soort: 'adres', postcode: '6461AB', huisnummer: 14 }, pandSleutel: 'adres:6461AB-14', herkomst: { ...herkomst, pandSleutel: 'adres:6461AB-14' } }]);
  });

  it('refuses a term that is no whole number of weeks from 1 through 52', () => {
    for (const weken of [0, 53, 2.5]) given([]).when(verstuur({ antwoordtermijnInWeken: weken })).thenRefuses('verzoek/antwoordtermijn-ongeldig', 'antwoordtermijnInWeken');
  });

  it('refuses a finding sent to the wrong side, and a finding that asks no request', () => {
    given([]).when(verstuur({ aan: 'bouw-en-woningtoezicht' })).thenRefuses('verzoek/bevinding-past-niet-bij-aan', 'herkomst.bevinding');
    given([]).when(verstuur({ herkomst: { ...herkomst, bevinding: 'brandonveilig' } })).thenRefuses('verzoek/bevinding-past-niet-bij-aan', 'herkomst.bevinding');
    given([]).when(verstuur({ herkomst: { ...herkomst, bevinding: 'overlast' as never } })).thenRefuses('verzoek/bevinding-onbekend', 'herkomst.bevinding');
  });

  it('refuses a request without its herkomst, or from anything but a flexteam control', () => {
    given([]).when(verstuur({ herkomst: undefined })).thenRefuses('verzoek/herkomst-ontbreekt', 'herkomst');
    given([]).when(verstuur({ herkomst: { ...herkomst, context: 'melding' as never } })).thenRefuses('verzoek/herkomst-onbekend', 'herkomst.context');
    given([]).when(verstuur({ herkomst: { ...herkomst, zaakId: ' ' } })).thenRefuses('verzoek/herkomst-ontbreekt', 'herkomst.zaakId');
    given([]).when(verstuur({ herkomst: { ...herkomst, pandSleutel: 'huis 12' } })).thenRefuses('pand/sleutel-ongeldig', 'herkomst.pandSleutel');
  });

  it('refuses an unknown recipient, a missing gemeente, an invalid pand, a second request, and a date after today', () => {
    given([]).when(verstuur({ aan: 'belastingdienst' as never })).thenRefuses('verzoek/aan-onbekend', 'aan');
    given([]).when(verstuur({ gemeente: '' })).thenRefuses('verzoek/gemeente-ontbreekt', 'gemeente');
    given([]).when(verstuur({ pand: { postcode: '6461SS', huisnummer: 1 } })).thenRefuses('pand/postcode-ongeldig', 'pand.postcode');
    given([verstuurd]).when(verstuur()).thenRefuses('verzoek/verzoek-bestaat-al', 'zaakId');
    given([]).when(verstuur({ vandaag: '2020-09-13' })).thenRefuses('verzoek/datum-in-de-toekomst', 'datum');
  });
});
