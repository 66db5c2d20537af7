import { DeciderSpecification } from '@handhaving/domain-shared';
import type { KoppelAdresAanPand } from './pand-koppeling.commands';
import { pandKoppelingDecider, pandKoppelingStreamId } from './pand-koppeling.decider';
import type { AdresAanPandGekoppeld, PandKoppelingEvent } from './pand-koppeling.events';

const spec = DeciderSpecification.for(pandKoppelingDecider);
const BAG_ID = '0928010000012345';

const koppel = (extra: Partial<KoppelAdresAanPand> = {}): KoppelAdresAanPand => ({
  type: 'KoppelAdresAanPand',
  adres: { postcode: '6461 ab', huisnummer: '12', huisnummertoevoeging: '-a' },
  adresseerbaarObjectId: BAG_ID,
  gemeente: 'GM0928',
  datum: '2021-06-01',
  door: 'mw-1',
  ...extra,
});

const gekoppeld: AdresAanPandGekoppeld = {
  type: 'AdresAanPandGekoppeld',
  adres: { soort: 'adres', postcode: '6461AB', huisnummer: 12, huisletter: 'A' },
  adresSleutel: 'adres:6461AB-12-A',
  adresseerbaarObjectId: BAG_ID,
  bagSleutel: `bag:${BAG_ID}`,
  gemeente: 'GM0928',
  datum: '2021-06-01',
  door: 'mw-1',
};

describe('linking an address to its adresseerbaar object (BAG id)', () => {
  it('records the link with both keys normalised', () => {
    spec.given([]).when(koppel()).then([gekoppeld]);
  });

  it('one stream per normalised address, whichever way it was written: pand-adres-{postcode}-{huisnummer}[-{letter}[-{toevoeging}]]', () => {
    expect(pandKoppelingStreamId({ postcode: '6461 ab', huisnummer: '12', huisnummertoevoeging: '-a' })).toBe('pand-adres-6461AB-12-A');
    expect(pandKoppelingStreamId({ postcode: '6461AB', huisnummer: 12, huisletter: 'A' })).toBe('pand-adres-6461AB-12-A');
    expect(pandKoppelingStreamId({ postcode: '6461AB', huisnummer: 12, huisnummertoevoeging: 'bis' })).toBe('pand-adres-6461AB-12--BIS');
  });

  it('linking the same address to the same BAG id again records nothing new', () => {
    spec.given([gekoppeld]).when(koppel({ datum: '2021-07-01', door: 'mw-2' })).then([]);
  });

  it('refuses to link an address already linked to another BAG id, naming the field', () => {
    const fout = spec.given([gekoppeld]).when(koppel({ adresseerbaarObjectId: '0928010000099999' })).thenRefuses('pand/adres-al-gekoppeld', 'adresseerbaarObjectId');
    expect(fout.detail).toBe(
      `Adres 6461AB 12A is al op 2021-06-01 gekoppeld aan BAG-id ${BAG_ID}; een adres hoort bij één adresseerbaar object`,
    );
  });

  it('refuses a BAG id that is no adresseerbaar object, and an invalid address, naming the field', () => {
    spec.given([]).when(koppel({ adresseerbaarObjectId: '0928100000012345' })).thenRefuses('pand/bag-id-ongeldig', 'adresseerbaarObjectId');
    spec.given([]).when(koppel({ adres: { postcode: '0461AB', huisnummer: 12 } })).thenRefuses('pand/postcode-ongeldig', 'postcode');
    spec.given([]).when(koppel({ adres: { adresseerbaarObjectId: BAG_ID } as never })).thenRefuses('pand/adres-verwacht', 'postcode');
  });

  it('an event it does not know (a reminder, a newer type) folds to the same state and the next command is still decided', () => {
    const vreemd = { type: 'HerinneringVerstuurd', streamId: 'pand-adres-6461AB-12-A' } as unknown as PandKoppelingEvent;
    spec.given([gekoppeld, vreemd]).when(koppel({ adresseerbaarObjectId: '0928010000099999' })).thenRefuses('pand/adres-al-gekoppeld', 'adresseerbaarObjectId');
    spec.given([vreemd]).when(koppel()).then([gekoppeld]);
  });
});
