import { maakKalender, standaardKalender } from './kalender';
import { paasdatum } from './pasen';

const kalender = standaardKalender();
const naam = (datum: string) => kalender.feestdag(datum)?.naam;

describe('Easter (computus)', () => {
  it.each([
    // checked against published Easter dates.
    [1965, '1965-04-18'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2021, '2021-04-04'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
  ])('Easter %i is %s', (jaar, datum) => {
    expect(paasdatum(jaar)).toBe(datum);
  });
});

describe('Atw holidays (art. 3)', () => {
  it('art. 3 lid 2: Goede Vrijdag 2021 is 2 April', () => {
    // checked: Easter 2021 = 4 April, Good Friday two days before.
    expect(kalender.feestdag('2021-04-02')).toMatchObject({ naam: 'Goede Vrijdag', grondslag: 'art. 3 lid 2 Atw', voorlopig: false });
  });

  it('art. 3 lid 1: tweede Paasdag 2024 is 1 April', () => {
    // checked: Easter 2024 = 31 March.
    expect(kalender.feestdag('2024-04-01')).toMatchObject({ naam: 'tweede Paasdag', grondslag: 'art. 3 lid 1 Atw' });
  });

  it('art. 3 lid 1: Koningsdag 2019 falls on Saturday 27 April and stays there', () => {
    // checked: 27 April 2019 was a Saturday; only a Sunday moves Koningsdag.
    expect(naam('2019-04-27')).toBe('Koningsdag');
    expect(naam('2019-04-26')).toBeUndefined();
  });

  it.each([
    // checked: 27 April 2014 and 2025 were Sundays → Saturday 26 April (KB 30 januari 2013).
    ['2014-04-26', '2014-04-27'],
    ['2025-04-26', '2025-04-27'],
  ])('art. 3 lid 1: given 27 April on a Sunday then Koningsdag is Saturday %s', (zaterdag, zondag) => {
    expect(kalender.feestdag(zaterdag)).toMatchObject({ naam: 'Koningsdag', toelichting: expect.stringContaining('zondag') });
    expect(kalender.feestdag(zondag)).toBeUndefined();
  });

  it('art. 3 lid 1: Koninginnedag 2006 — 30 April a Sunday — was Saturday 29 April (KB 24 april 1980)', () => {
    expect(naam('2006-04-29')).toBe('Koninginnedag');
    expect(kalender.feestdag('2006-04-30')).toBeUndefined();
  });

  it('art. 3 lid 1: before 1980 a Sunday 30 April moved Koninginnedag to Monday 1 May (1967, 1972, 1978)', () => {
    for (const jaar of [1967, 1972, 1978]) expect(naam(`${jaar}-05-01`)).toBe('Koninginnedag');
  });

  it('art. 3 lid 1: Koninginnedag on 30 April up to 2013, not 27 April', () => {
    expect(naam('2013-04-30')).toBe('Koninginnedag');
    expect(naam('2013-04-27')).toBeUndefined();
  });

  it('art. 3 lid 1: 5 May is a holiday every year, also outside lustrum years (2021, 2022, 2023)', () => {
    // checked: the Atw names "de vijfde mei" without "every fifth year"; holiday packages often get this wrong.
    for (const jaar of [2021, 2022, 2023]) expect(naam(`${jaar}-05-05`)).toBe('vijfde mei (Bevrijdingsdag)');
  });

  it('art. 3 lid 1: 5 May was not yet in the Atw in 1981', () => {
    // checked: 5 May was added to art. 3 lid 1 by the amendment in force from 31 March 1982.
    expect(kalender.feestdag('1981-05-05')).toBeUndefined();
    expect(naam('1982-05-05')).toBe('vijfde mei (Bevrijdingsdag)');
  });

  it('art. 3 lid 1 and lid 3: Hemelvaartsdag 2024 is 9 May and the Friday after it is made equal by decree', () => {
    // checked: Easter 2024 = 31 March, + 39 days = 9 May; "Besluit gelijkstelling van … 10 mei 2024 …".
    expect(naam('2024-05-09')).toBe('Hemelvaartsdag');
    expect(kalender.feestdag('2024-05-10')).toMatchObject({ naam: 'vrijdag na Hemelvaartsdag', grondslag: 'art. 3 lid 3 Atw', voorlopig: false });
  });

  it('art. 3 lid 1: tweede Pinksterdag 2021 is 24 May', () => {
    // checked: Easter 2021 = 4 April, + 50 days = 24 May.
    expect(naam('2021-05-24')).toBe('tweede Pinksterdag');
  });

  it('art. 3 lid 1: when 5 May is Hemelvaartsdag (2016) it is one holiday with both names', () => {
    // checked: Easter 2016 = 27 March, + 39 = 5 May.
    expect(naam('2016-05-05')).toBe('Hemelvaartsdag en vijfde mei (Bevrijdingsdag)');
  });

  it('art. 3 lid 3: the 2017–2019 decree made Mondays 24 and 31 December 2018 equal to holidays', () => {
    expect(kalender.feestdag('2018-12-24')?.besluit).toContain('24 oktober 2016');
    expect(naam('2018-12-31')).toBe('maandag voor Nieuwjaarsdag');
  });

  it('art. 3 lid 3: the 2026–2028 decree has no Monday before Tuesday Koningsdag 2027', () => {
    expect(kalender.feestdag('2027-04-26')).toBeUndefined();
    expect(naam('2027-05-07')).toBe('vrijdag na Hemelvaartsdag');
  });

  it('art. 3 lid 3: given a year past the table (2029) then the Friday after Hemelvaartsdag is assumed and provisional', () => {
    // checked: Easter 2029 = 1 April, Hemelvaartsdag 10 May, Friday 11 May.
    expect(kalender.feestdag('2029-05-11')).toMatchObject({ grondslag: 'art. 3 lid 3 Atw', voorlopig: true });
  });

  it('art. 3 lid 3: given a decree for 2029 in configuration then its days replace the provisional pattern', () => {
    const metBesluit = maakKalender({
      extraBesluiten: [
        { titel: 'Besluit gelijkstelling 2029 (test)', vindplaats: 'Stcrt. 2028, 1', bron: 'besluittekst', jaren: [2029], dagen: [{ datum: '2029-05-11', omschrijving: 'vrijdag na Hemelvaartsdag' }] },
      ],
    });
    expect(metBesluit.feestdag('2029-05-11')).toMatchObject({ voorlopig: false, besluit: 'Besluit gelijkstelling 2029 (test) (Stcrt. 2028, 1)' });
    const zonderDagen = maakKalender({ extraBesluiten: [{ titel: 'leeg', bron: 'besluittekst', jaren: [2029], dagen: [] }] });
    expect(zonderDagen.feestdag('2029-05-11')).toBeUndefined();
  });

  it('art. 3 lid 3: days from a decree we did not read are shown as provisional (2021)', () => {
    expect(kalender.feestdag('2021-05-14')).toMatchObject({ voorlopig: true });
  });

  it('lists ten or more holidays for every year 1965–2100, Goede Vrijdag and both Christmas days among them', () => {
    for (let jaar = 1965; jaar <= 2100; jaar++) {
      const namen = kalender.feestdagen(jaar).map((f) => f.naam);
      expect(namen).toEqual(expect.arrayContaining(['Nieuwjaarsdag', 'Goede Vrijdag', 'tweede Paasdag', 'eerste Kerstdag', 'tweede Kerstdag']));
      expect(namen.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('refuses years outside 1965–2100', () => {
    expect(() => kalender.feestdagen(1964)).toThrow(/1965–2100/);
    expect(() => kalender.feestdag('2101-01-01')).toThrow(/buiten 1965–2100/);
  });
});
