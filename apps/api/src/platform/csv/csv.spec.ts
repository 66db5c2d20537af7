import { csvRij, euro } from './csv';

describe('a CSV row for a Dutch spreadsheet', () => {
  it('semicolons between cells; a cell with a semicolon, quote or line break quoted', () => {
    expect(csvRij(['Sluitingsbesluit', 5, 'a;b', 'zei "nee"'])).toBe('Sluitingsbesluit;5;"a;b";"zei ""nee"""');
  });

  it('a text a spreadsheet would run as a formula gets an apostrophe (a name or reason typed by a user: =HYPERLINK, +, -, @)', () => {
    expect(csvRij(['=HYPERLINK("http://x","klik")', '+31 6', '-rm', '@SUM(A1)'])).toBe(`"'=HYPERLINK(""http://x"",""klik"")";'+31 6;'-rm;'@SUM(A1)`);
  });

  it('numbers, also a negative amount written as text, stay numbers', () => {
    expect(csvRij([-3, euro(-1250), '-0,5'])).toBe('-3;-12,50;-0,5');
  });

  it('euros with a decimal comma, the sign kept also under one euro', () => {
    expect([euro(350000), euro(5), euro(-50), euro(-1250)]).toEqual(['3500,00', '0,05', '-0,50', '-12,50']);
  });
});
