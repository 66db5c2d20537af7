import { isPlausibeleDatum, JAREN_VOORUIT, LAATSTE_DATUM, uitersteToekomstigeDatum, VROEGSTE_DATUM } from './plausibele-datum';

describe('a plausible date', () => {
  it('given the bounds when read then they are 1980-01-01 and 2100-12-31, 10 years ahead', () => {
    expect(VROEGSTE_DATUM).toBe('1980-01-01');
    expect(LAATSTE_DATUM).toBe('2100-12-31');
    expect(JAREN_VOORUIT).toBe(10);
  });

  it.each(['1980-01-01', '1994-01-01', '2021-03-03', '2100-12-31'])('given %p (inside the bounds, both ends included) then it is plausible', (datum) => {
    expect(isPlausibeleDatum(datum)).toBe(true);
  });

  it.each(['0001-01-01', '1979-12-31', '2101-01-01', '9999-12-31', '2021-02-29', '2021-3-3', 20210303, undefined])(
    'given %p (outside the bounds, or no day) then it is not',
    (datum) => {
      expect(isPlausibeleDatum(datum)).toBe(false);
    },
  );

  it('given vandaag 2021-03-03 when the furthest day ahead is asked then it is 2031-03-03', () => {
    expect(uitersteToekomstigeDatum('2021-03-03')).toBe('2031-03-03');
  });

  it('given vandaag on a leap day when the furthest day ahead is asked then it is 28 February ten years on (2034 has no 29 February)', () => {
    // checked: 2034 is not divisible by 4.
    expect(uitersteToekomstigeDatum('2024-02-29')).toBe('2034-02-28');
  });

  it('given vandaag within 10 years of the calendar end when the furthest day ahead is asked then it is the calendar end', () => {
    expect(uitersteToekomstigeDatum('2095-06-01')).toBe('2100-12-31');
  });
});
