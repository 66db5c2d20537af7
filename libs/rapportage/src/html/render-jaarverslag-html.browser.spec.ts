import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumVoorTests, toegankelijkheidVan } from '@handhaving/testing';
import { chromium, type Browser } from 'playwright-core';
import { voorbeeldJaarverslag } from '../test-support/voorbeeld-jaarverslag';
import { renderJaarverslagHtml } from './render-jaarverslag-html';

const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
/** Where a developer looks at the page (tmp/ is not committed). */
const UITVOER = join(__dirname, '../../../../tmp/rapportage');

const beschrijf = chromiumVoorTests('de toegankelijkheidscheck van het jaarverslag') ? describe : describe.skip;

beschrijf('the annual report\'s HTML in a browser', () => {
  jest.setTimeout(60_000);
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function pagina(html: string, breedte = 1000) {
    const page = await browser.newPage({ viewport: { width: breedte, height: 1400 } });
    const verzoeken: string[] = [];
    page.on('request', (verzoek) => {
      if (!verzoek.url().startsWith('data:') && verzoek.url() !== 'about:blank') verzoeken.push(verzoek.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, verzoeken };
  }

  /** axe-core's serious and critical WCAG 2.1 A/AA violations on the page, and the requests it made. */
  async function ernstigeOvertredingen(html: string): Promise<{ ernstig: readonly string[]; verzoeken: string[]; geslaagd: number }> {
    const { page, verzoeken } = await pagina(html);
    try {
      return { ...(await toegankelijkheidVan(page)), verzoeken };
    } finally {
      await page.close();
    }
  }

  it('has no serious or critical WCAG 2.1 A/AA violations (axe-core) and fetches nothing, with and without the drill-down links', async () => {
    const verslag = voorbeeldJaarverslag();
    for (const html of [renderJaarverslagHtml(verslag), renderJaarverslagHtml(verslag, { zaakLink: (id) => `https://handhaving.example/zaken/${id}` })]) {
      const { ernstig, verzoeken, geslaagd } = await ernstigeOvertredingen(html);
      expect(ernstig).toEqual([]);
      expect(geslaagd).toBeGreaterThan(10);
      expect(verzoeken).toEqual([]);
    }
  });

  it('the check sees a violation when there is one (a chart without a name, a page without a language)', async () => {
    const html = renderJaarverslagHtml(voorbeeldJaarverslag()).replace('<html lang="nl">', '<html>').replace(/(<svg[^>]*?) aria-label="[^"]*"/, '$1').replace(/<title>Staafdiagram[^<]*<\/title>/, '');
    const { ernstig } = await ernstigeOvertredingen(html);
    expect(ernstig.map((regel) => regel.split(' ')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'svg-img-alt']));
  });

  it('reflows at 320 CSS pixels (WCAG 1.4.10): the page never scrolls sideways, a wide table scrolls in its own region', async () => {
    const html = renderJaarverslagHtml(voorbeeldJaarverslag(), { zaakLink: (id) => `https://handhaving.example/zaken/${id}` });
    const { page } = await pagina(html, 320);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    mkdirSync(UITVOER, { recursive: true });
    await page.screenshot({ path: join(UITVOER, 'jaarverslag-320px.png'), fullPage: true });
    await page.close();
  });

  it('renders: every chart is drawn at its size, and a screenshot is written to tmp/rapportage for a person to look at', async () => {
    const html = renderJaarverslagHtml(voorbeeldJaarverslag(), { zaakLink: (id) => `https://handhaving.example/zaken/${id}` });
    const { page } = await pagina(html);
    const grafieken = await page.$$eval('figure.grafiek svg', (svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
    expect(grafieken).toHaveLength(4);
    for (const breedte of grafieken) expect(breedte).toBeGreaterThan(300);
    mkdirSync(UITVOER, { recursive: true });
    writeFileSync(join(UITVOER, 'jaarverslag.html'), html);
    await page.screenshot({ path: join(UITVOER, 'jaarverslag.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(UITVOER, 'jaarverslag-html-print.pdf'), format: 'A4', printBackground: true });
    await page.close();
  });
});
