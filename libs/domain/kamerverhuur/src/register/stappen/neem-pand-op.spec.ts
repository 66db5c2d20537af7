import { given, neemOp, opgenomen } from './register.spec-support';

describe('kamerverhuur: neem pand op in het register', () => {
  it('given nothing, when a pand is entered, then it is in onderzoek from its ingangsdatum, its address normalised', () => {
    given([]).when(neemOp()).then([opgenomen]);
  });

  it('records the day it was recorded apart from the day it took effect', () => {
    given([]).when(neemOp({ ingangsdatum: '2019-01-01', datum: '2019-03-01', vandaag: '2019-03-04' })).then([{ ...opgenomen, ingangsdatum: '2019-01-01', geregistreerdOp: '2019-03-04' }]);
  });

  it('keeps the exploitant optional', () => {
    given([]).when(neemOp({ betrokkenen: { eigenaarId: 'b-eigenaar' } })).then([{ ...opgenomen, betrokkenen: { eigenaarId: 'b-eigenaar' } }]);
  });

  it('refuses a pand twice, with a bad address, or without rooms, owner or gemeente', () => {
    given([opgenomen]).when(neemOp()).thenRefuses('kamerverhuur/pand-al-in-register', 'pand');
    given([]).when(neemOp({ pand: { postcode: '0461AB', huisnummer: 12 } })).thenRefuses('pand/postcode-ongeldig', 'pand.postcode');
    given([]).when(neemOp({ aantalKamers: 0 })).thenRefuses('kamerverhuur/aantal-kamers-ongeldig', 'aantalKamers');
    given([]).when(neemOp({ aantalKamers: 2.5 })).thenRefuses('kamerverhuur/aantal-kamers-ongeldig', 'aantalKamers');
    given([]).when(neemOp({ betrokkenen: { eigenaarId: ' ' } })).thenRefuses('kamerverhuur/eigenaar-ontbreekt', 'betrokkenen.eigenaarId');
    given([]).when(neemOp({ betrokkenen: { eigenaarId: 'b-eigenaar', exploitantId: '' } })).thenRefuses('kamerverhuur/exploitant-ontbreekt', 'betrokkenen.exploitantId');
    given([]).when(neemOp({ gemeente: '' })).thenRefuses('kamerverhuur/gemeente-ontbreekt', 'gemeente');
  });

  it('refuses an ingangsdatum that is no date or lies after the day it is recorded', () => {
    given([]).when(neemOp({ ingangsdatum: '1-3-2019' })).thenRefuses('kamerverhuur/datum-ongeldig', 'ingangsdatum');
    given([]).when(neemOp({ ingangsdatum: '2019-03-02' })).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'ingangsdatum');
  });
});
