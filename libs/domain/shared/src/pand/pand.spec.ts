import { DomainRuleViolation } from '../decider/domain-rule-violation';
import { leesPand, leesPandSleutel, normalePandSleutel, pandSleutel, type PandInvoer } from './pand';

function weigering(invoer: () => unknown): DomainRuleViolation {
  try {
    invoer();
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error;
    throw error;
  }
  throw new Error('Expected a DomainRuleViolation');
}

describe('pand identity', () => {
  it('normalises an address: postcode without space in capitals, huisnummer as a number, letter and toevoeging in capitals', () => {
    expect(leesPand({ postcode: ' 6461 ab ', huisnummer: ' 12 ', huisletter: 'a', huisnummertoevoeging: ' 2 ' })).toEqual({
      soort: 'adres',
      postcode: '6461AB',
      huisnummer: 12,
      huisletter: 'A',
      huisnummertoevoeging: '2',
    });
    expect(leesPand({ postcode: '6461ab', huisnummer: 12, huisletter: '', huisnummertoevoeging: null })).toEqual({ soort: 'adres', postcode: '6461AB', huisnummer: 12 });
  });

  it('gives one stable key however the address was written', () => {
    const schrijfwijzen: PandInvoer[] = [
      { postcode: '6461 AB', huisnummer: 12, huisletter: 'A', huisnummertoevoeging: '2' },
      { postcode: '6461ab', huisnummer: '12', huisletter: 'a', huisnummertoevoeging: '2 ' },
    ];
    for (const invoer of schrijfwijzen) expect(pandSleutel(leesPand(invoer))).toBe('adres:6461AB-12-A-2');
    expect(pandSleutel(leesPand({ postcode: '6461AB', huisnummer: 12 }))).toBe('adres:6461AB-12');
    expect(pandSleutel(leesPand({ postcode: '6461AB', huisnummer: 12, huisletter: 'b' }))).toBe('adres:6461AB-12-B');
    expect(pandSleutel(leesPand({ postcode: '6461AB', huisnummer: 12, huisnummertoevoeging: 'bis' }))).toBe('adres:6461AB-12--BIS');
    expect(pandSleutel(leesPand({ adresseerbaarObjectId: ' 0928010000012345' }))).toBe('bag:0928010000012345');
  });

  it('"1a", "1 A" and "1-a" are one pand, whether the letter came as huisletter or as toevoeging', () => {
    const schrijfwijzen: PandInvoer[] = [
      { postcode: '6461AB', huisnummer: 1, huisletter: 'a' },
      { postcode: '6461AB', huisnummer: 1, huisletter: ' A' },
      { postcode: '6461AB', huisnummer: 1, huisletter: '-a' },
      { postcode: '6461AB', huisnummer: 1, huisnummertoevoeging: 'a' },
      { postcode: '6461AB', huisnummer: 1, huisnummertoevoeging: ' A ' },
      { postcode: '6461AB', huisnummer: '1', huisnummertoevoeging: '-a' },
      { postcode: '6461AB', huisnummer: 1, huisletter: '', huisnummertoevoeging: '- A' },
    ];
    for (const invoer of schrijfwijzen) {
      expect(leesPand(invoer)).toEqual({ soort: 'adres', postcode: '6461AB', huisnummer: 1, huisletter: 'A' });
      expect(pandSleutel(leesPand(invoer))).toBe('adres:6461AB-1-A');
    }
    // A toevoeging of more than one letter, or beside a huisletter, stays a toevoeging.
    expect(pandSleutel(leesPand({ postcode: '6461AB', huisnummer: 1, huisnummertoevoeging: '-bis' }))).toBe('adres:6461AB-1--BIS');
    expect(pandSleutel(leesPand({ postcode: '6461AB', huisnummer: 1, huisletter: 'a', huisnummertoevoeging: '-b' }))).toBe('adres:6461AB-1-A-B');
    expect(pandSleutel(leesPand({ postcode: '6461AB', huisnummer: 1, huisnummertoevoeging: '2' }))).toBe('adres:6461AB-1--2');
  });

  it('brings a key written before that rule into the normal form, so old and new finds meet', () => {
    expect(normalePandSleutel('adres:6461AB-1--A')).toBe('adres:6461AB-1-A');
    expect(normalePandSleutel('adres:6461AB-1-A')).toBe('adres:6461AB-1-A');
    expect(normalePandSleutel('bag:0928010000012345')).toBe('bag:0928010000012345');
    expect(weigering(() => leesPandSleutel('adres:6461AB-1--A')).detail).toContain('schrijf adres:6461AB-1-A');
    expect(weigering(() => normalePandSleutel('6461AB-1')).rule).toBe('pand/sleutel-ongeldig');
  });

  it('reads a key back into the same pand, and refuses a key that is not in normal form', () => {
    for (const sleutel of ['bag:0928010000012345', 'adres:6461AB-12', 'adres:6461AB-12-A', 'adres:6461AB-12-A-2', 'adres:6461AB-12--BIS']) {
      expect(pandSleutel(leesPandSleutel(sleutel))).toBe(sleutel);
    }
    expect(weigering(() => leesPandSleutel('adres:6461ab-12')).rule).toBe('pand/sleutel-ongeldig');
    expect(weigering(() => leesPandSleutel('6461AB-12')).rule).toBe('pand/sleutel-ongeldig');
    expect(weigering(() => leesPandSleutel('adres:0461AB-12')).field).toBe('postcode');
  });

  it.each([
    ['0461AB', 'first digit 0'],
    ['6461SA', 'letters SA'],
    ['6461 sd', 'letters SD'],
    ['6461SS', 'letters SS'],
    ['646AB', 'three digits'],
    ['6461A', 'one letter'],
    ['6461ABC', 'three letters'],
    ['', 'empty'],
  ])('refuses postcode %j (%s), naming the field', (postcode) => {
    const fout = weigering(() => leesPand({ postcode, huisnummer: 12 }));
    expect(fout.rule).toBe('pand/postcode-ongeldig');
    expect(fout.field).toBe('postcode');
    expect(fout.detail).toMatch(/^Postcode .* is ongeldig/);
  });

  it('refuses a huisnummer, huisletter or toevoeging that cannot be one', () => {
    expect(weigering(() => leesPand({ postcode: '6461AB', huisnummer: '12a' })).field).toBe('huisnummer');
    expect(weigering(() => leesPand({ postcode: '6461AB', huisnummer: 0 })).field).toBe('huisnummer');
    expect(weigering(() => leesPand({ postcode: '6461AB', huisnummer: 1.5 })).field).toBe('huisnummer');
    expect(weigering(() => leesPand({ postcode: '6461AB', huisnummer: 12, huisletter: 'AB' })).field).toBe('huisletter');
    expect(weigering(() => leesPand({ postcode: '6461AB', huisnummer: 12, huisnummertoevoeging: '2-3' })).field).toBe('huisnummertoevoeging');
    expect(weigering(() => leesPand({ postcode: '6461AB', huisnummer: 12, huisnummertoevoeging: 'ABCDE' })).rule).toBe('pand/toevoeging-ongeldig');
  });

  it('refuses a BAG id that is not 16 digits or not an adresseerbaar object', () => {
    expect(weigering(() => leesPand({ adresseerbaarObjectId: '092801000001234' })).rule).toBe('pand/bag-id-ongeldig');
    expect(weigering(() => leesPand({ adresseerbaarObjectId: '09280100000123x5' })).field).toBe('adresseerbaarObjectId');
    // 10 is the objecttypecode of a BAG pand (the building), not of an address.
    expect(weigering(() => leesPand({ adresseerbaarObjectId: '0928100000012345' })).detail).toMatch(/geen adresseerbaar object/);
    expect(leesPand({ adresseerbaarObjectId: '0928020000000001' })).toEqual({ soort: 'bag', adresseerbaarObjectId: '0928020000000001' });
  });
});
