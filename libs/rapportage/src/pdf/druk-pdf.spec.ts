import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromiumVoorTests } from '@handhaving/testing';
import { drukPdf, sluitPdfPrinter } from './druk-pdf';
import { PdfPrinter } from './pdf-printer';

const heeftChromium = chromiumVoorTests('de PDF-printer');
const describeMetChromium = heeftChromium ? describe : describe.skip;
const uitvoer = join(__dirname, '../../../../tmp/rapportage');

function tekstVan(pdf: Buffer, naam: string): string {
  mkdirSync(uitvoer, { recursive: true });
  const pad = join(uitvoer, naam);
  writeFileSync(pad, pdf);
  return execFileSync('pdftotext', ['-layout', pad, '-'], { encoding: 'utf8' });
}

describeMetChromium('drukPdf (headless Chromium)', () => {
  jest.setTimeout(60_000);
  afterAll(() => sluitPdfPrinter());

  it('prints A4 with "pagina X van Y" in the footer, the escaped title, and bookmarks from the headings', async () => {
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head><body>
      <h1>Eerste hoofdstuk</h1><p>Tekst.</p>
      <h1 style="break-before: page">Tweede hoofdstuk</h1><p>Meer tekst.</p></body></html>`;
    const pdf = await drukPdf(html, { titel: 'Jaarverslag <b>Kerkrade</b> & 2020', voettekst: 'Voor de raad' });

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = tekstVan(pdf, 'proef.pdf');
    expect(tekst).toContain('pagina 1 van 2');
    expect(tekst).toContain('pagina 2 van 2');
    expect(tekst).toContain('Jaarverslag <b>Kerkrade</b> & 2020');
    expect(tekst).toContain('Voor de raad');
    const info = execFileSync('pdfinfo', [join(uitvoer, 'proef.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    // The outline (bookmarks) holds the chapter headings.
    expect(pdf.toString('latin1')).toMatch(/\/Outlines/);
  });

  it('fetches nothing: an outside image, stylesheet or iframe is blocked, and the PDF still prints', async () => {
    const verzoeken: string[] = [];
    const server: Server = createServer((verzoek, antwoord) => {
      verzoeken.push(verzoek.url ?? '');
      antwoord.end('body { background: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = `<!doctype html><html><head><link rel="stylesheet" href="${basis}/stijl.css"><script src="${basis}/script.js"></script></head>
        <body><h1>Buiten</h1><img src="${basis}/beeld.png"><iframe src="${basis}/frame"></iframe><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <div style="background-image: url(${basis}/achtergrond.png)">x</div></body></html>`;
      const geblokkeerd: string[] = [];
      const printer = new PdfPrinter({ geblokkeerd: (url) => geblokkeerd.push(url) });
      try {
        const pdf = await printer.druk(html, { titel: 'Buiten' });
        expect(tekstVan(pdf, 'buiten.pdf')).toContain('Buiten');
      } finally {
        await printer.sluit();
      }
      // Give a stray request time to arrive before concluding none did.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(verzoeken).toEqual([]);
      // Refused by the page's own route (not only by the offline context), and told.
      expect([...new Set(geblokkeerd)].sort()).toEqual([`${basis}/achtergrond.png`, `${basis}/beeld.png`, `${basis}/frame`, `${basis}/stijl.css`].sort());
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('gives up after its timeout with a Dutch message; the next call prints again', async () => {
    const printer = new PdfPrinter({ timeoutMs: 1 });
    try {
      await expect(printer.druk('<h1>Te laat</h1>', { titel: 'x' })).rejects.toThrow('De PDF was niet binnen 1 ms klaar.');
    } finally {
      await printer.sluit();
    }
    expect(tekstVan(await drukPdf('<h1>Op tijd</h1>', { titel: 'x' }), 'op-tijd.pdf')).toContain('Op tijd');
  });

  it('prints concurrent calls on one browser, each its own document', async () => {
    const pdfs = await Promise.all(['een', 'twee', 'drie', 'vier'].map((woord) => drukPdf(`<h1>Document ${woord}</h1>`, { titel: woord })));
    expect(pdfs.map((pdf, i) => tekstVan(pdf, `tegelijk-${i}.pdf`).includes(`Document ${['een', 'twee', 'drie', 'vier'][i]}`))).toEqual([true, true, true, true]);
  });
});
