import type { MeldingGeregistreerd } from '@handhaving/domain-meldingen';
import fc from 'fast-check';
import { aantalBekendOp, dagnummer, evolveMeldingenJaarrij, type MeldingenJaarrij } from './meldingen-cijfers.evolve';

const registratie = (geregistreerdOp: string): MeldingGeregistreerd => ({
  type: 'MeldingGeregistreerd',
  zaakId: geregistreerdOp,
  gemeente: 'GM0928',
  bron: 'meldpunt-overlast',
  categorie: 'drugsoverlast',
  plaats: { soort: 'gebied', omschrijving: 'Kerkrade-West' },
  meldingsdatum: '2020-01-01',
  datum: geregistreerdOp,
  door: 'oov-1',
  geregistreerdOp,
});

const dag = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2022-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('meldingen.cijfers: a cell as its registration days', () => {
  it('counts as known on any day the registrations on or before it, in whatever order they came', () => {
    fc.assert(
      fc.property(fc.array(dag, { maxLength: 60 }), dag, (dagen, bekendOp) => {
        const rij = dagen.map(registratie).reduce(evolveMeldingenJaarrij, {} as MeldingenJaarrij);
        const cel = rij['meldpunt-overlast']?.drugsoverlast;
        expect(aantalBekendOp(cel, dagnummer(bekendOp))).toBe(dagen.filter((d) => d <= bekendOp).length);
        expect(aantalBekendOp(cel)).toBe(dagen.length);
        // The row grows with the distinct days, not with the meldingen.
        expect(cel?.dagen.length ?? 0).toBe(new Set(dagen).size);
      }),
    );
  });

  it('keeps other cells as they were', () => {
    const rij = evolveMeldingenJaarrij({}, { ...registratie('2020-03-03'), bron: 'meldkamer-handhaving', categorie: 'overlast-geluid' });
    const erbij = evolveMeldingenJaarrij(rij, registratie('2020-03-04'));
    expect(erbij['meldkamer-handhaving']).toBe(rij['meldkamer-handhaving']);
    expect(erbij['meldpunt-overlast']?.drugsoverlast).toEqual({ dagen: [20200304], totEnMet: [1] });
    expect(aantalBekendOp(erbij['meldpunt-overlast']?.drugsoverlast, dagnummer('2020-03-03'))).toBe(0);
  });
});
