import { Regels } from './regels';
import { controleerBesluitNaZienswijzefase } from './stappen/neem-besluit-na-zienswijzefase';
import { iedereenGehoord, zienswijzefaseAfgerond, zienswijzefaseNa, zienswijzefaseVan, type Zienswijzefase } from './zienswijzefase';

const regels = new Regels('test', '2021-12-31');
// Voornemen sent Wednesday 3 March 2021, zienswijzetermijn through Wednesday 17 March (art. 4:8 Awb).
const voornemen = (aan?: string[]): Zienswijzefase =>
  zienswijzefaseVan({ type: 'VoornemenVerzonden', zaakId: 'z', verzenddatum: '2021-03-03', zienswijzetermijn: { einde: '2021-03-17' }, ...(aan ? { aan } : {}), datum: '2021-03-03', door: 'm' });
const zienswijze = (fase: Zienswijzefase, datum: string, van?: string) =>
  zienswijzefaseNa(fase, { type: 'ZienswijzeOntvangen', zaakId: 'z', wijze: 'schriftelijk', ...(van ? { van } : {}), binnenTermijn: true, datum, door: 'm' });

describe('Awb kernel: the zienswijzefase (art. 4:8 Awb)', () => {
  it('a voornemen recorded before addressees were kept: one zienswijze ends the phase, as it did then', () => {
    expect(zienswijzefaseAfgerond(zienswijze(voornemen(), '2021-03-05'))).toBe(true);
  });

  it('to two betrokkenen: the phase ends when both were heard, or the term passed', () => {
    const een = zienswijze(voornemen(['a', 'b']), '2021-03-05', 'a');
    expect(iedereenGehoord(een)).toBe(false);
    expect(zienswijzefaseAfgerond(zienswijzefaseNa(een, { type: 'ZienswijzetermijnVerstreken', zaakId: 'z', einde: '2021-03-17', datum: '2021-03-18', door: 'm' }))).toBe(true);
    expect(zienswijzefaseAfgerond(zienswijze(een, '2021-03-08', 'b'))).toBe(true);
  });

  it('the issue’s case: voornemen 3 March, term through 17 March, a besluit dated 3 March is refused; 18 March is allowed', () => {
    const verstreken = zienswijzefaseNa(voornemen(['a']), { type: 'ZienswijzetermijnVerstreken', zaakId: 'z', einde: '2021-03-17', datum: '2021-03-18', door: 'm' });
    expect(() => controleerBesluitNaZienswijzefase(regels, verstreken, { datum: '2021-03-03', bekendmakingsdatum: '2021-03-03', veld: 'bekendmakingsdatum' })).toThrow(/17 maart|2021-03-17/);
    expect(() => controleerBesluitNaZienswijzefase(regels, verstreken, { datum: '2021-03-18', bekendmakingsdatum: '2021-03-18', veld: 'bekendmakingsdatum' })).not.toThrow();
  });

  it('no date of a step after the day it is recorded; an invalid date names the field', () => {
    expect(() => regels.datum('2022-01-01', 'datum')).toThrow(expect.objectContaining({ rule: 'test/datum-in-de-toekomst', field: 'datum' }));
    expect(() => regels.datum('2021-02-30', 'datum')).toThrow(expect.objectContaining({ rule: 'test/datum-ongeldig', field: 'datum' }));
    expect(regels.bekendmakingsdatum('2022-01-10', 'bekendmakingsdatum')).toBe('2022-01-10');
  });
});
