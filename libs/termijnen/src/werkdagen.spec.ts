import { eersteWerkdagVanaf, isWerkdag, werkdagenNa, werkdagenVoor } from './werkdagen';

describe('werkdagen (not Saturday, Sunday or Atw holiday, art. 3 Atw)', () => {
  it('given Wednesday 2021-04-14 when 5 werkdagen before then Wednesday 2021-04-07 (a reminder)', () => {
    // checked: 13, 12, 9, 8, 7 April 2021; Easter Monday 5 April lies before.
    expect(werkdagenVoor('2021-04-14', 5)).toBe('2021-04-07');
  });

  it('given Thursday 2021-04-01 when 1 werkdag after then Tuesday 2021-04-06, past Goede Vrijdag and Easter', () => {
    expect(werkdagenNa('2021-04-01', 1)).toBe('2021-04-06');
  });

  it('given Tuesday 2024-05-07 when 3 werkdagen after then Tuesday 2024-05-14, past Hemelvaartsdag and the Friday after', () => {
    // checked: Wednesday 8 (1), Thursday 9 Hemelvaartsdag, Friday 10 decree, weekend, Monday 13 (2), Tuesday 14 (3).
    expect(werkdagenNa('2024-05-07', 3)).toBe('2024-05-14');
  });

  it('given Monday 2023-01-02 when 2 werkdagen before then Thursday 2022-12-29', () => {
    // checked: Friday 30 December (1), Thursday 29 (2); the weekend and New Year's Day in between.
    expect(werkdagenVoor('2023-01-02', 2)).toBe('2022-12-29');
  });

  it('knows which days are werkdagen', () => {
    expect(isWerkdag('2021-05-05')).toBe(false); // 5 May, every year
    expect(isWerkdag('2021-05-04')).toBe(true); // Dodenherdenking is no Atw holiday
    expect(isWerkdag('2022-12-31')).toBe(false); // Saturday
    expect(eersteWerkdagVanaf('2024-12-25')).toBe('2024-12-30');
    expect(werkdagenNa('2021-04-14', 0)).toBe('2021-04-14');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => werkdagenNa('2021-04-14', -1)).toThrow(/heel getal/);
    expect(() => werkdagenVoor('2021-04-14', 1.5)).toThrow(/heel getal/);
  });
});
