import {
  dagenTussen,
  dagnummerVan,
  delenVan,
  formatDagnummer,
  isKalenderdatum,
  laatsteDagVanMaandenVanaf,
  parseDagnummer,
  parseKalenderdatum,
  plusDagen,
  plusMaandenDagnummer,
  weekdagnaam,
} from './kalenderdatum';
import { TermijnFout } from './termijn-fout';

const d = (tekst: string) => parseDagnummer(tekst);

describe('Kalenderdatum', () => {
  it('given 2021-02-29 (2021 is no leap year) when parsed then it is refused naming the value', () => {
    // checked: 2021 is not divisible by 4, so February 2021 has 28 days.
    expect(() => parseKalenderdatum('2021-02-29')).toThrow(TermijnFout);
    expect(() => parseKalenderdatum('2021-02-29')).toThrow(/"2021-02-29".*februari 2021 heeft 28 dagen/);
  });

  it('given 2021-13-01 when parsed then it is refused: there is no month 13', () => {
    expect(() => parseKalenderdatum('2021-13-01')).toThrow(/"2021-13-01".*maand 13 bestaat niet/);
  });

  it.each(['2021-4-1', '20210401', '2021-04-01T00:00:00Z', '', '2021-04-31', '1900-02-29', '2021-00-10', '2021-01-00'])(
    'given the malformed or impossible date %p when parsed then it is refused',
    (tekst) => {
      expect(isKalenderdatum(tekst)).toBe(false);
      expect(() => parseKalenderdatum(tekst)).toThrow(TermijnFout);
    },
  );

  it('given leap days that exist (2000, 2020, 2024) when parsed then they are accepted', () => {
    // checked: 2000 is divisible by 400; 2020 and 2024 by 4 and not by 100.
    for (const tekst of ['2000-02-29', '2020-02-29', '2024-02-29']) expect(parseKalenderdatum(tekst)).toBe(tekst);
  });

  it('given the refusal when caught then it carries the field that was wrong', () => {
    try {
      parseDagnummer('2021-02-30', 'vanaf');
      throw new Error('not refused');
    } catch (fout) {
      expect(fout).toBeInstanceOf(TermijnFout);
      expect((fout as TermijnFout).veld).toBe('vanaf');
      expect((fout as TermijnFout).code).toBe('ongeldige-datum');
    }
  });

  it('counts day numbers from 1970-01-01, a Thursday', () => {
    expect(d('1970-01-01')).toBe(0);
    expect(weekdagnaam('1970-01-01')).toBe('donderdag');
    // checked: the worked example of docs/termijnen.md, bekendmaking on Wednesday 3 March 2021.
    expect(weekdagnaam('2021-03-03')).toBe('woensdag');
  });

  it('round-trips every day from 1965 through 2100', () => {
    for (let n = dagnummerVan(1965, 1, 1); n <= dagnummerVan(2100, 12, 31); n++) {
      const { jaar, maand, dag } = delenVan(n);
      expect(dagnummerVan(jaar, maand, dag)).toBe(n);
      if (dag === 1) expect(d(formatDagnummer(n))).toBe(n);
    }
  });

  it('adds days across month and year ends', () => {
    expect(plusDagen('2021-12-31', 1)).toBe('2022-01-01');
    expect(plusDagen('2024-02-28', 1)).toBe('2024-02-29');
    expect(dagenTussen('2021-03-04', '2021-04-14')).toBe(41);
  });

  it('given 31 January when one month is added then it is the last day of February, 28 or 29', () => {
    // checked: docs/termijnen.md "31 January + 1 month → 28 or 29 February".
    expect(formatDagnummer(plusMaandenDagnummer(d('2023-01-31'), 1))).toBe('2023-02-28');
    expect(formatDagnummer(plusMaandenDagnummer(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatDagnummer(plusMaandenDagnummer(d('2024-02-29'), 12))).toBe('2025-02-28');
    expect(formatDagnummer(plusMaandenDagnummer(d('2021-03-31'), -1))).toBe('2021-02-28');
  });

  it('given a period that includes its first day when months are counted then it ends the day before the same number', () => {
    expect(formatDagnummer(laatsteDagVanMaandenVanaf(d('2021-03-01'), 3))).toBe('2021-05-31');
    expect(formatDagnummer(laatsteDagVanMaandenVanaf(d('2021-03-15'), 3))).toBe('2021-06-14');
    expect(formatDagnummer(laatsteDagVanMaandenVanaf(d('2023-01-31'), 1))).toBe('2023-02-28');
    expect(formatDagnummer(laatsteDagVanMaandenVanaf(d('2024-01-30'), 1))).toBe('2024-02-29');
  });
});
