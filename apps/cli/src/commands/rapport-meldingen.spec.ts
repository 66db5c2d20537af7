import { MELDKAMER_CATEGORIEEN, MELDPUNT_CATEGORIEEN, type Categorie } from '@handhaving/domain-meldingen';
import { controleerRapportOpties } from './rapport.command';
import { categorienaam, meldingenTabel, type MeldingenCijfers } from './rapport-meldingen';

const cellen = (categorieen: readonly Categorie[], rij: readonly number[]) => Object.fromEntries(categorieen.map((c, k) => [c, { aantal: rij[k] ?? 0 }]));

/** Kerkrade 2020 as GET /api/meldingen/cijfers gives it: the meldpunt's row (239) and the meldkamer's (4008), and two police meldingen. */
const kerkrade2020: MeldingenCijfers = {
  gemeente: 'GM0928',
  jaar: 2020,
  bekendOp: '2021-01-14',
  perBron: {
    'meldpunt-overlast': { perCategorie: cellen(MELDPUNT_CATEGORIEEN, [139, 0, 18, 5, 1, 1, 1, 0, 74]), totaal: 239 },
    'meldkamer-handhaving': { perCategorie: cellen(MELDKAMER_CATEGORIEEN, [84, 342, 45, 412, 14, 755, 759, 143, 736, 429, 30, 54, 10, 120, 75]), totaal: 4008 },
    politie: { perCategorie: { drugsoverlast: { aantal: 2 }, 'overlast-geluid': { aantal: 0 } }, totaal: 2 },
  },
  totaal: 4249,
};

/** The figure right of a row's label. */
const waarde = (tekst: string, label: string) => tekst.split('\n').find((r) => r.startsWith(`${label} `))?.slice(label.length).trim();

describe('handhaving rapport meldingen: Kerkrade’s two tables', () => {
  const tabel = meldingenTabel(kerkrade2020);
  const regels = tabel.split('\n');

  it('heads the report with gemeente, year and the day it was known on', () => {
    expect(regels[0]).toBe('Meldingen GM0928, 2020 (zoals bekend op 2021-01-14)');
    expect(meldingenTabel({ ...kerkrade2020, bekendOp: null }).split('\n')[0]).toBe('Meldingen GM0928, 2020');
  });

  it('prints the meldpunt overlast’s nine columns as rows with their total, then the meldkamer handhaving’s fifteen', () => {
    const meldpunt = regels.indexOf(regels.find((r) => r.startsWith('Cijfers meldpunt overlast')) ?? '');
    expect(regels.slice(meldpunt, meldpunt + 11).map((r) => r.split(/\s{2,}/))).toEqual([
      ['Cijfers meldpunt overlast', '2020'],
      ['Drugsoverlast', '139'],
      ['Georganiseerde criminaliteit en ondermijning', '0'],
      ['Verward gedrag', '18'],
      ['Jeugdoverlast', '5'],
      ['Prostitutie en mensenhandel', '1'],
      ['Huiselijk geweld', '1'],
      ['Sociale veiligheid openbare ruimte', '1'],
      ['Verkeersveiligheid', '0'],
      ['Woonoverlast', '74'],
      ['Totaal', '239'],
    ]);
    const meldkamer = regels.findIndex((r) => r.startsWith('Cijfers meldkamer handhaving'));
    expect(meldkamer).toBeGreaterThan(meldpunt + 11);
    expect(waarde(tabel, 'Overlast verkeer en/of parkeren')).toBe('759');
    expect(waarde(tabel, 'Overlast horeca en/of bedrijven')).toBe('10');
    expect(regels[meldkamer + 16].split(/\s{2,}/)).toEqual(['Totaal', '4008']);
  });

  it('lists the other sources with the categories they used, and all sources together', () => {
    expect(waarde(tabel, 'Politie')).toBe('2');
    expect(waarde(tabel, '  drugsoverlast')).toBe('2');
    expect(tabel).not.toContain('  overlast geluid');
    expect(waarde(tabel, 'RIEC')).toBe('0');
    expect(waarde(tabel, 'Alle bronnen')).toBe('4249');
  });

  it('names a category as Kerkrade heads its column', () => {
    expect(categorienaam('overlast-recreatie-en-of-buitengebied')).toBe('Overlast recreatie en/of buitengebied');
  });

  it('needs the year', () => {
    expect(() => controleerRapportOpties('meldingen', { gemeente: 'GM0928' })).toThrow('rapport meldingen: geef het jaar met --jaar');
    expect(() => controleerRapportOpties('meldingen', { gemeente: 'GM0928', jaar: '2020' })).not.toThrow();
  });
});
