import { voorbeeldJaarverslag } from '../test-support/voorbeeld-jaarverslag';
import { alleTabellen } from './jaarverslag';

describe('the report model', () => {
  it('lists every table in chapter order, and every table id is unique (anchors, sheet names)', () => {
    const tabellen = alleTabellen(voorbeeldJaarverslag());
    expect(tabellen.map(({ hoofdstuk, tabel }) => `${hoofdstuk.id}/${tabel.id}`)).toEqual(['damocles/damocles-maatregelen', 'kamerverhuur/kamerverhuur-register', 'meldingen/meldingen-meldpunt']);
    expect(new Set(tabellen.map(({ tabel }) => tabel.id)).size).toBe(tabellen.length);
  });

  it('a cell names only footnotes its table has', () => {
    for (const { tabel } of alleTabellen(voorbeeldJaarverslag())) {
      const ids = new Set(tabel.voetnoten.map((voetnoot) => voetnoot.id));
      for (const rij of tabel.rijen) for (const cel of Object.values(rij.cellen)) for (const id of cel.voetnoten ?? []) expect(ids.has(id)).toBe(true);
    }
  });
});
