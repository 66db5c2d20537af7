import type { Beroep } from '../beroepsfase';
import { Regels } from '../regels';
import { registreerUitspraakOpBeroep, type RegistreerUitspraakOpBeroep } from './registreer-uitspraak-op-beroep';

const regels = new Regels('test', '2021-12-31');
// Beroep brought at the Rechtbank Limburg on Tuesday 1 June 2021, against a beslissing op bezwaar of 12 May.
const beroep: Beroep = { rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-06-01', tijdig: true };
const uitspraak = (velden: Partial<RegistreerUitspraakOpBeroep> = {}): RegistreerUitspraakOpBeroep => ({ uitkomst: 'ongegrond', uitspraakdatum: '2021-10-05', ...velden });

describe('Awb kernel: registreer uitspraak op beroep (art. 8:70, 8:72 Awb)', () => {
  it('given a beroep of 1 June, when the rechtbank holds it ongegrond or niet-ontvankelijk on 5 October, then the besluit stands', () => {
    expect(registreerUitspraakOpBeroep(regels, uitspraak(), beroep)).toEqual({ uitkomst: 'ongegrond', vernietigd: false, uitspraakdatum: '2021-10-05' });
    expect(registreerUitspraakOpBeroep(regels, uitspraak({ uitkomst: 'niet-ontvankelijk' }), beroep).vernietigd).toBe(false);
  });

  it('gegrond: the rechtbank revoked the besluit (art. 8:72 lid 3 sub b) or let its legal effects stand (sub a), and it must be said which', () => {
    expect(registreerUitspraakOpBeroep(regels, uitspraak({ uitkomst: 'gegrond', vernietigd: true }), beroep)).toEqual({ uitkomst: 'gegrond', vernietigd: true, uitspraakdatum: '2021-10-05' });
    expect(registreerUitspraakOpBeroep(regels, uitspraak({ uitkomst: 'gegrond', vernietigd: false }), beroep).vernietigd).toBe(false);
    expect(() => registreerUitspraakOpBeroep(regels, uitspraak({ uitkomst: 'gegrond' }), beroep)).toThrow(expect.objectContaining({ rule: 'test/vernietiging-ontbreekt', field: 'vernietigd' }));
    expect(() => registreerUitspraakOpBeroep(regels, uitspraak({ vernietigd: true }), beroep)).toThrow(expect.objectContaining({ rule: 'test/vernietiging-zonder-gegrond-beroep', field: 'vernietigd' }));
  });

  it('refuses an uitspraak without beroep, a second one, an unknown outcome, and one before the beroep or after today', () => {
    expect(() => registreerUitspraakOpBeroep(regels, uitspraak(), undefined)).toThrow(expect.objectContaining({ rule: 'test/geen-beroep', field: 'zaakId' }));
    const beslist: Beroep = { ...beroep, uitspraak: { uitkomst: 'ongegrond', vernietigd: false, uitspraakdatum: '2021-10-05' } };
    expect(() => registreerUitspraakOpBeroep(regels, uitspraak(), beslist)).toThrow(expect.objectContaining({ rule: 'test/uitspraak-al-gedaan', field: 'zaakId' }));
    expect(() => registreerUitspraakOpBeroep(regels, uitspraak({ uitkomst: 'toegewezen' as never }), beroep)).toThrow(expect.objectContaining({ rule: 'test/uitkomst-onbekend', field: 'uitkomst' }));
    expect(() => registreerUitspraakOpBeroep(regels, uitspraak({ uitspraakdatum: '2021-05-31' }), beroep)).toThrow(expect.objectContaining({ rule: 'test/datum-voor-vorige-stap', field: 'uitspraakdatum' }));
    expect(() => registreerUitspraakOpBeroep(regels, uitspraak({ uitspraakdatum: '2022-01-03' }), beroep)).toThrow(expect.objectContaining({ rule: 'test/datum-in-de-toekomst', field: 'uitspraakdatum' }));
  });
});
