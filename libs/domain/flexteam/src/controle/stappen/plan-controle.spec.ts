import { gepland, given, plan } from './controle.spec-support';

describe('flexteam controle: plan controle', () => {
  it('given nothing, when the flexteam plans a control of two addresses, then it is planned with each pand read and keyed, and its signals', () => {
    given([]).when(plan()).then([gepland]);
  });

  it('plans a day ahead of today, a control on the day itself, and an address without signals', () => {
    given([]).when(plan({ geplandOp: '2020-09-01' })).then([{ ...gepland, geplandOp: '2020-09-01' }]);
    given([])
      .when(plan({ adressen: [{ pand: { adresseerbaarObjectId: '0928010000012345' } }] }))
      .then([{ ...gepland, adressen: [{ ...gepland.adressen[0], signalen: [] }] }]);
    given([]).when(plan({ gebied: ' Kerkrade-West ', vandaag: undefined })).then([gepland]);
  });

  it('refuses a second planning on the same control', () => {
    given([gepland]).when(plan()).thenRefuses('flexteam/controle-bestaat-al', 'zaakId');
  });

  it('refuses a control without gemeente or area, a day planned before the planning, and a planning dated after today', () => {
    given([]).when(plan({ gemeente: ' ' })).thenRefuses('flexteam/gemeente-ontbreekt', 'gemeente');
    given([]).when(plan({ gebied: '' })).thenRefuses('flexteam/gebied-ontbreekt', 'gebied');
    given([]).when(plan({ geplandOp: '2020-08-31' })).thenRefuses('flexteam/datum-voor-vorige-stap', 'geplandOp');
    given([]).when(plan({ geplandOp: '10-09-2020' })).thenRefuses('flexteam/datum-ongeldig', 'geplandOp');
    given([]).when(plan({ datum: '2020-09-02' })).thenRefuses('flexteam/datum-in-de-toekomst', 'datum');
  });

  it('refuses no partners, an unknown partner, and a partner named twice', () => {
    given([]).when(plan({ partners: [] })).thenRefuses('flexteam/partners-ontbreken', 'partners');
    given([]).when(plan({ partners: ['boa', 'brandweer' as never] })).thenRefuses('flexteam/partner-onbekend', 'partners[1]');
    given([]).when(plan({ partners: ['boa', 'politie', 'boa'] })).thenRefuses('flexteam/partner-dubbel', 'partners[2]');
  });

  it('refuses no addresses, an invalid pand, one pand twice (however written), and a signal without its case', () => {
    given([]).when(plan({ adressen: [] })).thenRefuses('flexteam/adressen-ontbreken', 'adressen');
    given([]).when(plan({ adressen: [{ pand: { postcode: '0461AB', huisnummer: 12 } }] })).thenRefuses('pand/postcode-ongeldig', 'adressen[0].pand.postcode');
    given([]).when(plan({ adressen: [{ pand: undefined as never }] })).thenRefuses('flexteam/pand-ontbreekt', 'adressen[0].pand');
    given([])
      .when(plan({ adressen: [{ pand: { postcode: '6461AB', huisnummer: 12 } }, { pand: { postcode: '6461 ab', huisnummer: '12' } }] }))
      .thenRefuses('flexteam/pand-dubbel', 'adressen[1].pand');
    given([])
      .when(plan({ adressen: [{ pand: { postcode: '6461AB', huisnummer: 12 }, signalen: [{ context: 'melding', zaakId: ' ' }] }] }))
      .thenRefuses('flexteam/signaal-onvolledig', 'adressen[0].signalen[0].zaakId');
    given([])
      .when(plan({ adressen: [{ pand: { postcode: '6461AB', huisnummer: 12 }, signalen: [{ zaakId: 'm-1' } as never] }] }))
      .thenRefuses('flexteam/signaal-onvolledig', 'adressen[0].signalen[0].context');
  });
});
