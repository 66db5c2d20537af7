import type { BetrokkeneGeregistreerd, PersoonsgegevensVerwijderd, SoortBetrokkene } from '@handhaving/domain-betrokkenen';
import { evolveBetrokkenenTelling, telPeriode, type BetrokkenenTellers } from './betrokkenen-telling.evolve';

/* The counts of betrokkenen per gemeente and year: registrations by soort, erasures by reden, never data. */

const geregistreerd = (soort: SoortBetrokkene, registratiedatum: string): BetrokkeneGeregistreerd => ({
  type: 'BetrokkeneGeregistreerd',
  betrokkeneId: `b-${registratiedatum}`,
  gemeente: 'GM0928',
  soort,
  gegevens: { alg: 'A256GCM', subjectId: 's', keyVersion: 1, iv: 'iv', ciphertext: 'c', tag: 't' },
  registratiedatum,
});

const verwijderd = (reden: PersoonsgegevensVerwijderd['reden'], verwijderdOp: string): PersoonsgegevensVerwijderd => ({ type: 'PersoonsgegevensVerwijderd', betrokkeneId: 'b-1', reden, verwijderdOp });

describe('betrokkenen.telling evolve', () => {
  it('given no counts, when a person and a company are registered, then one of each', () => {
    const tellers = [geregistreerd('persoon', '2026-03-01'), geregistreerd('bedrijf', '2026-03-02'), geregistreerd('persoon', '2026-04-01')].reduce<BetrokkenenTellers | null>(evolveBetrokkenenTelling, null);
    expect(tellers).toEqual({ 'geregistreerd:persoon': 2, 'geregistreerd:bedrijf': 1 });
  });

  it('given registrations, when a person\'s data is erased, then the erasure is counted by its reden and the registrations stay as they were', () => {
    const voor: BetrokkenenTellers = { 'geregistreerd:persoon': 2 };
    expect(evolveBetrokkenenTelling(voor, verwijderd('avg-artikel-17', '2026-05-01'))).toEqual({ 'geregistreerd:persoon': 2, 'verwijderd:avg-artikel-17': 1 });
    expect(evolveBetrokkenenTelling({ ...voor, 'verwijderd:avg-artikel-17': 1 }, verwijderd('bewaartermijn-verstreken', '2026-05-01'))).toEqual({
      'geregistreerd:persoon': 2,
      'verwijderd:avg-artikel-17': 1,
      'verwijderd:bewaartermijn-verstreken': 1,
    });
    expect(voor).toEqual({ 'geregistreerd:persoon': 2 });
  });

  it('a registration counts in the gemeente of its metadata and the year of its registratiedatum; an erasure in the year it was erased', () => {
    expect(telPeriode(geregistreerd('persoon', '2025-12-31'), { gemeente: 'GM0882' })).toEqual({ gemeente: 'GM0882', jaar: '2025' });
    expect(telPeriode(verwijderd('avg-artikel-17', '2027-01-02'), { gemeente: 'GM0928' })).toEqual({ gemeente: 'GM0928', jaar: '2027' });
  });

  it('given an event without a gemeente in its metadata, then it counts under "onbekend"', () => {
    expect(telPeriode(geregistreerd('bedrijf', '2026-01-01'), {})).toEqual({ gemeente: 'onbekend', jaar: '2026' });
  });
});
