import { eindeVanDagInAmsterdam, kalenderdatumInAmsterdam, tijdstipInAmsterdam } from './amsterdam-tijd';

describe('Amsterdam dates and instants', () => {
  it('given an instant late in the UTC evening then its Amsterdam date is the next day', () => {
    // checked: 22:30Z on 13 April 2021 is 00:30 CEST (UTC+2) on 14 April.
    expect(kalenderdatumInAmsterdam('2021-04-13T22:30:00Z')).toBe('2021-04-14');
    expect(kalenderdatumInAmsterdam('2021-01-13T22:30:00Z')).toBe('2021-01-13');
  });

  it('given a reminder at 08:00 either side of the clock change then the local hour stays 08:00', () => {
    // checked: CET is UTC+1 until 28 March 2021 02:00, CEST UTC+2 after.
    expect(tijdstipInAmsterdam('2021-03-26', 8)).toBe('2021-03-26T07:00:00.000Z');
    expect(tijdstipInAmsterdam('2021-03-29', 8)).toBe('2021-03-29T06:00:00.000Z');
  });

  it('given a term ending 2021-04-14 then it runs until local midnight, 22:00 UTC', () => {
    expect(eindeVanDagInAmsterdam('2021-04-14')).toBe('2021-04-14T22:00:00.000Z');
  });

  it('refuses an unreadable instant', () => {
    expect(() => kalenderdatumInAmsterdam('gisteren')).toThrow(/Ongeldig tijdstip/);
  });
});
