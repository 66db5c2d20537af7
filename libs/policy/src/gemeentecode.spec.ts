import { DomainRuleViolation } from '@handhaving/domain-shared';
import { gemeentenaam, HEUVELLAND_GEMEENTEN, isGemeentecode, parseGemeentecode, SEED_GEMEENTEN } from './gemeentecode';

describe('Gemeentecode', () => {
  it('accepts GM and four digits, in any case and with spaces around, and gives the canonical form', () => {
    expect(parseGemeentecode('GM0928')).toBe('GM0928');
    expect(parseGemeentecode(' gm1903 ')).toBe('GM1903');
    expect(isGemeentecode('GM0981')).toBe(true);
  });

  it('refuses anything else with gemeentecode/ongeldig on the field given', () => {
    for (const fout of ['0928', 'GM928', 'GM09281', 'Kerkrade', 'GM0000', '', 'GM 0928']) {
      expect(() => parseGemeentecode(fout, 'gemeente')).toThrow(DomainRuleViolation);
    }
    let weigering: unknown;
    try {
      parseGemeentecode('Kerkrade', 'filter.gemeente');
    } catch (fout) {
      weigering = fout;
    }
    expect(weigering).toMatchObject({ rule: 'gemeentecode/ongeldig', field: 'filter.gemeente' });
    expect(isGemeentecode('gm0928')).toBe(false);
    expect(isGemeentecode(928)).toBe(false);
  });

  it('names the seed municipalities', () => {
    expect(gemeentenaam('GM0928')).toBe('Kerkrade');
    expect(gemeentenaam('GM0935')).toBe('Maastricht');
    expect(gemeentenaam('GM1641')).toBe('Maasgouw');
    expect(gemeentenaam('GM0983')).toBe('Venlo');
    expect(gemeentenaam('GM0363')).toBeUndefined();
    expect(gemeentenaam('toString')).toBeUndefined();
    for (const code of Object.keys(SEED_GEMEENTEN)) expect(isGemeentecode(code)).toBe(true);
  });

  it('knows the five Heuvelland gemeenten of the IVP Heuvelland 2024-2027', () => {
    expect(HEUVELLAND_GEMEENTEN.map(gemeentenaam).sort()).toEqual(['Eijsden-Margraten', 'Gulpen-Wittem', 'Meerssen', 'Vaals', 'Valkenburg aan de Geul']);
  });
});
