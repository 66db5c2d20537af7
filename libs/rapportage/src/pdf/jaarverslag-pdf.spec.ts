import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderJaarverslagHtml } from '../html/render-jaarverslag-html';
import { voorbeeldJaarverslag } from '../test-support/voorbeeld-jaarverslag';
import { chromiumVoorTests } from '@handhaving/testing';
import { drukPdf, sluitPdfPrinter } from './druk-pdf';

const describeMetChromium = chromiumVoorTests('de PDF van het jaarverslag') ? describe : describe.skip;
/** Where a reviewer looks at the PDF and its first pages (tmp/ is not committed). */
const uitvoer = join(__dirname, '../../../../tmp/rapportage');

describeMetChromium('the example annual report as PDF', () => {
  jest.setTimeout(60_000);
  afterAll(() => sluitPdfPrinter());

  it('holds every chapter, every figure of the Damocles table with what was reported then, and "pagina 1 van N"; its first pages go to PNG', async () => {
    const verslag = voorbeeldJaarverslag();
    const opties = { titel: 'Jaarverslag handhaving 2020 — Kerkrade', voettekst: 'Cijfers bekend op 14-1-2021' };
    const begin = Date.now();
    const pdf = await drukPdf(renderJaarverslagHtml(verslag), opties);
    const koud = Date.now() - begin;
    await drukPdf(renderJaarverslagHtml(verslag), opties);
    console.info(`PDF van het voorbeeldjaarverslag: ${koud} ms met het starten van Chromium, ${Date.now() - begin - koud} ms daarna; ${pdf.length} bytes`);

    mkdirSync(uitvoer, { recursive: true });
    const pad = join(uitvoer, 'jaarverslag-kerkrade-2020.pdf');
    writeFileSync(pad, pdf);
    const tekst = execFileSync('pdftotext', ['-layout', pad, '-'], { encoding: 'utf8' });

    for (const hoofdstuk of verslag.hoofdstukken) expect(tekst).toContain(hoofdstuk.titel);
    // Bookmarks: the outline names every chapter (ASCII titles are stored as literal strings).
    for (const hoofdstuk of verslag.hoofdstukken) expect(pdf.toString('latin1')).toMatch(new RegExp(`/Title \\(\\d+\\. ${hoofdstuk.titel}\\)`));
    const pagina = /pagina 1 van (\d+)/.exec(tekst);
    expect(pagina).not.toBeNull();
    const paginas = Number(pagina?.[1]);
    expect(tekst).toContain(`pagina ${paginas} van ${paginas}`);

    // The Damocles table's rows as printed: each row heading with its figures in order, "n.v.t." for
    // null, "(toen N)" beside a changed one, then the footnote's number.
    const damocles = verslag.hoofdstukken[0].tabellen[0];
    const nummer = (id: string) => damocles.voetnoten.findIndex((voetnoot) => voetnoot.id === id) + 1;
    const regels = tekst.split('\n');
    for (const rij of damocles.rijen) {
      const regel = regels.find((r) => r.trim().startsWith(rij.kop.slice(0, 20)));
      expect(regel).toBeDefined();
      const verwacht = damocles.kolommen
        .map((kolom) => rij.cellen[kolom.sleutel])
        .filter((cel) => cel !== undefined)
        .map((cel) => `${cel.waarde === null ? 'n\\.v\\.t\\.' : cel.waarde}${cel.toen !== undefined ? ` \\(toen ${cel.toen}\\)` : ''}${(cel.voetnoten ?? []).map((id) => `\\s*${nummer(id)}`).join('')}`);
      expect(regel).toMatch(new RegExp(`${verwacht.join('\\s+')}\\s*$`));
    }
    expect(tekst).toMatch(/Sluitingsbesluit +30 \(toen 31\) 1 +10 +0 +40 \(toen 41\) 1\n/);
    expect(tekst).toMatch(/Waarschuwing +2 +n\.v\.t\. +8 +10\n/);
    expect(tekst).toContain(damocles.voetnoten[0].tekst.slice(0, 60));

    // PNGs of the first pages for a reviewer's eye.
    for (const bestand of readdirSync(uitvoer).filter((naam) => naam.startsWith('jaarverslag-kerkrade-2020-') && naam.endsWith('.png'))) rmSync(join(uitvoer, bestand));
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', pad, join(uitvoer, 'jaarverslag-kerkrade-2020')]);
    expect(readdirSync(uitvoer).filter((naam) => naam.startsWith('jaarverslag-kerkrade-2020-') && naam.endsWith('.png')).length).toBe(Math.min(3, paginas));
  });
});
