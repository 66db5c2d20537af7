import { ATW_UITSLUITINGEN, atwUitsluitingVoor } from './atw';
import { dagen, jaren, maanden, weken } from './termijnlengte';

describe('art. 4 Atw exclusions as data', () => {
  it('art. 4 onder a: terms of more than 90 days, twelve weeks or three months, or in years, are excluded; the limits themselves are not', () => {
    expect(atwUitsluitingVoor(dagen(90))).toBeUndefined();
    expect(atwUitsluitingVoor(dagen(91))?.omschrijving).toBe('termijn van meer dan 90 dagen');
    expect(atwUitsluitingVoor(weken(12))).toBeUndefined();
    expect(atwUitsluitingVoor(weken(13))?.grondslag).toBe('art. 4 onder a Atw');
    expect(atwUitsluitingVoor(maanden(3))).toBeUndefined();
    expect(atwUitsluitingVoor(maanden(4))).toBeDefined();
    expect(atwUitsluitingVoor(jaren(1))?.omschrijving).toBe('termijn omschreven in een of meer jaren');
  });

  it('lists every exclusion of art. 4 with its onderdeel: a (hours and length), b (wettelijke voorschriften), c (vrijheidsbeneming)', () => {
    expect(new Set(ATW_UITSLUITINGEN.map((u) => u.grondslag))).toEqual(new Set(['art. 4 onder a Atw', 'art. 4 onder b Atw', 'art. 4 onder c Atw']));
    expect(ATW_UITSLUITINGEN.find((u) => u.eenheid === 'uren')?.grondslag).toBe('art. 4 onder a Atw');
  });
});
