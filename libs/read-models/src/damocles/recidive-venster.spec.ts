import fc from 'fast-check';
import { recidiveVenster, recidiveVensterVan } from './recidive-venster';

/** E + N months, the day number kept or clamped to the month's last day: the rule the window counts by, written out apart. */
function plusMaanden(datum: string, maanden: number): string {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  const doel = new Date(Date.UTC(jaar, maand - 1 + maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(dag, laatste));
  return doel.toISOString().slice(0, 10);
}

const telt = (eerder: string, vondst: string, maanden: number): boolean => eerder < vondst && vondst <= plusMaanden(eerder, maanden);

describe('the recidive window, counted forward from the earlier find (E counts for F when E < F <= E + N months)', () => {
  it('29 February 2020 under 36 months: 2017-02-28 + 36 months = 2020-02-28 does not reach it, 2017-03-01 does', () => {
    expect(recidiveVenster('2020-02-29', 36)).toEqual({ van: '2017-03-01', tot: '2020-02-28' });
    expect(telt('2017-02-28', '2020-02-29', 36)).toBe(false);
    expect(telt('2017-03-01', '2020-02-29', 36)).toBe(true);
  });

  it('keeps the day number when the earlier month has it (2018-05-20 + 36 months = 2021-05-20: inside)', () => {
    expect(recidiveVensterVan('2021-05-20', 36)).toBe('2018-05-20');
    expect(recidiveVensterVan('2021-06-15', 36)).toBe('2018-06-15');
    expect(recidiveVensterVan('2021-01-10', 1)).toBe('2020-12-10');
    expect(recidiveVensterVan('2024-02-29', 48)).toBe('2020-02-29'); // leap day to leap day
  });

  it('starts on the 1st of the next month when the earlier month lacks the day (31 May: 28 February + 3 months = 28 May)', () => {
    expect(recidiveVensterVan('2023-05-31', 3)).toBe('2023-03-01');
    expect(recidiveVensterVan('2024-05-31', 3)).toBe('2024-03-01'); // 2024-02-29 + 3 months = 2024-05-29
    expect(recidiveVensterVan('2021-03-31', 1)).toBe('2021-03-01');
    expect(recidiveVensterVan('2022-12-31', 1)).toBe('2022-12-01'); // November has 30 days
    expect(recidiveVensterVan('2021-01-31', 2)).toBe('2020-12-01'); // across a year end
  });

  it('property: a day is inside the window exactly when counting forward from it reaches the find', () => {
    const dag = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2060, 11, 31) / 86_400_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dag, fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 1, max: 120 }), (vondst, terug, maanden) => {
        const eerder = new Date(Date.parse(vondst) - terug * 86_400_000).toISOString().slice(0, 10);
        const { van, tot } = recidiveVenster(vondst, maanden);
        expect(van <= eerder && eerder <= tot).toBe(telt(eerder, vondst, maanden));
      }),
      { numRuns: 2_000 },
    );
  });
});
