import { looptOp, rangorde, telt, venster, type Pandsignalen } from './pand-rangorde';

/* The ranking of addresses for a control, from the rows the read model gives it; the read model itself in pand-dossier.int.spec.ts. */

const pand = (pandSleutel: string, meldingen: string[], lopend: Array<[Pandsignalen['lopendeZaken'][number]['context'], string]> = []): Pandsignalen => ({
  pandSleutel,
  meldingen,
  lopendeZaken: lopend.map(([context, zaakId]) => ({ context, zaakId })),
});

describe('the ranking of addresses for a flexteam control', () => {
  it('orders by meldingen plus running cases, with the numbers behind each rank and the meldingen as signals', () => {
    const rangen = rangorde([pand('adres:6461AB-12', ['M-2', 'M-1']), pand('adres:6461AB-14', ['M-3', 'M-4', 'M-5'], [['damocles', 'Z-1']]), pand('adres:6461AB-16', [])], 25);
    expect(rangen).toEqual([
      {
        rang: 1,
        pandSleutel: 'adres:6461AB-14',
        score: 4,
        meldingen: 3,
        lopendeZaken: 1,
        perContext: { damocles: 1 },
        signalen: ['M-3', 'M-4', 'M-5'].map((zaakId) => ({ context: 'melding', zaakId })),
      },
      { rang: 2, pandSleutel: 'adres:6461AB-12', score: 2, meldingen: 2, lopendeZaken: 0, perContext: {}, signalen: ['M-1', 'M-2'].map((zaakId) => ({ context: 'melding', zaakId })) },
    ]);
  });

  it('breaks a tie by running cases first, then by pand key, whatever order the rows came in', () => {
    const rijen = [pand('bag:0928010000000002', ['M-1', 'M-2']), pand('adres:6461AB-20', ['M-3'], [['verzoek', 'R-1']]), pand('adres:6461AB-18', ['M-4', 'M-5'])];
    const volgorde = (r: Pandsignalen[]) => rangorde(r, 25).map((rang) => [rang.rang, rang.pandSleutel]);
    const verwacht = [
      [1, 'adres:6461AB-20'],
      [2, 'adres:6461AB-18'],
      [3, 'bag:0928010000000002'],
    ];
    expect(volgorde(rijen)).toEqual(verwacht);
    expect(volgorde([...rijen].reverse())).toEqual(verwacht);
    expect(rangorde(rijen, 1).map((r) => r.pandSleutel)).toEqual(['adres:6461AB-20']);
  });

  it('the window of months ends on the day asked and starts the same day so many months before (the end of a shorter month)', () => {
    expect(venster('2021-03-15', 12)).toEqual({ van: '2020-03-15', maanden: ['2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03'] });
    expect(venster('2021-03-31', 1)).toEqual({ van: '2021-02-28', maanden: ['2021-02', '2021-03'] });
    expect(venster('2021-01-10', 1).van).toBe('2020-12-10');
  });

  it('a melding counts when its meldingsdatum lies in the window and it was under that pand as known on the day; a case while it runs', () => {
    expect(telt({ meldingsdatum: '2020-03-16', vanaf: '2020-03-16' }, '2020-03-15', '2021-03-15')).toBe(true);
    expect(telt({ meldingsdatum: '2020-03-15', vanaf: '2020-03-15' }, '2020-03-15', '2021-03-15')).toBe(false);
    expect(telt({ meldingsdatum: '2021-03-15', vanaf: '2021-03-16' }, '2020-03-15', '2021-03-15')).toBe(false);
    expect(telt({ meldingsdatum: '2021-03-01', vanaf: '2021-03-01', tot: '2021-03-10' }, '2020-03-15', '2021-03-15')).toBe(false);
    expect(looptOp({ context: 'damocles', zaakId: 'Z-1', pandSleutel: 'adres:6461AB-12', vanaf: '2021-01-01', tot: '2021-02-01' }, '2021-01-31')).toBe(true);
    expect(looptOp({ context: 'damocles', zaakId: 'Z-1', pandSleutel: 'adres:6461AB-12', vanaf: '2021-01-01', tot: '2021-02-01' }, '2021-02-01')).toBe(false);
  });
});
