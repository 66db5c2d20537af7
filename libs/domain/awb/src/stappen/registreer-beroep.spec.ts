import { Regels } from '../regels';
import { registreerBeroep, type BestredenBeslissing, type RegistreerBeroep } from './registreer-beroep';

const regels = new Regels('test', '2021-12-31');
// Beslissing op bezwaar made known Wednesday 12 May 2021: the beroepstermijn of six weeks runs
// from Thursday 13 May through Wednesday 23 June 2021 (art. 6:7, 6:8 Awb).
const beslissing: BestredenBeslissing = { naam: 'de beslissing op bezwaar', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23' };
const beroep = (velden: Partial<RegistreerBeroep> = {}): RegistreerBeroep => ({ rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-06-01', ...velden });

describe('Awb kernel: registreer beroep (art. 6:7, 6:9, 8:1 Awb)', () => {
  it('given a beslissing op bezwaar of 12 May, when the rechtbank receives the beroep on 1 June, then it is on time', () => {
    expect(registreerBeroep(regels, beroep(), beslissing, undefined)).toEqual({ rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-06-01', beroepstermijnEinde: '2021-06-23', tijdig: true });
  });

  it('on the last day, 23 June, it is on time; received on 24 June it is recorded and flagged late (art. 6:11 is for the rechtbank)', () => {
    expect(registreerBeroep(regels, beroep({ indieningsdatum: '2021-06-23' }), beslissing, undefined).tijdig).toBe(true);
    expect(registreerBeroep(regels, beroep({ indieningsdatum: '2021-06-24' }), beslissing, undefined).tijdig).toBe(false);
  });

  it('posted on 23 June, it is on time when received by Wednesday 30 June, a week later (art. 6:9 lid 2 Awb), not on 1 July', () => {
    expect(registreerBeroep(regels, beroep({ verzenddatum: '2021-06-23', indieningsdatum: '2021-06-30' }), beslissing, undefined)).toMatchObject({ verzenddatum: '2021-06-23', tijdig: true });
    expect(registreerBeroep(regels, beroep({ verzenddatum: '2021-06-23', indieningsdatum: '2021-07-01' }), beslissing, undefined).tijdig).toBe(false);
    expect(registreerBeroep(regels, beroep({ verzenddatum: '2021-06-24', indieningsdatum: '2021-06-25' }), beslissing, undefined).tijdig).toBe(false);
  });

  it('refuses a beroep without a beslissing op bezwaar (art. 7:1 Awb: bezwaar first), a second one, and one without rechtbank', () => {
    expect(() => registreerBeroep(regels, beroep(), undefined, undefined)).toThrow(expect.objectContaining({ rule: 'test/geen-beslissing-op-bezwaar', field: 'zaakId' }));
    expect(() => registreerBeroep(regels, beroep(), beslissing, { rechtbank: 'Rechtbank Limburg', indieningsdatum: '2021-06-01', tijdig: true })).toThrow(
      expect.objectContaining({ rule: 'test/beroep-al-ingesteld', field: 'zaakId' }),
    );
    expect(() => registreerBeroep(regels, beroep({ rechtbank: ' ' }), beslissing, undefined)).toThrow(expect.objectContaining({ rule: 'test/rechtbank-ontbreekt', field: 'rechtbank' }));
  });

  it('refuses a beroep dated before the bekendmaking, received before it was posted, or after today', () => {
    expect(() => registreerBeroep(regels, beroep({ indieningsdatum: '2021-05-11' }), beslissing, undefined)).toThrow(expect.objectContaining({ rule: 'test/datum-voor-vorige-stap', field: 'indieningsdatum' }));
    expect(() => registreerBeroep(regels, beroep({ verzenddatum: '2021-06-02' }), beslissing, undefined)).toThrow(expect.objectContaining({ rule: 'test/datum-voor-vorige-stap', field: 'indieningsdatum' }));
    expect(() => registreerBeroep(regels, beroep({ indieningsdatum: '2022-01-03' }), beslissing, undefined)).toThrow(expect.objectContaining({ rule: 'test/datum-in-de-toekomst', field: 'indieningsdatum' }));
  });
});
