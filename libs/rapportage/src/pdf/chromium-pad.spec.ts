import { ChromiumOntbreekt } from './chromium-ontbreekt';
import { vindChromium } from './chromium-pad';
import { PdfPrinter } from './pdf-printer';

describe('finding Chromium', () => {
  it('without Chromium, printing fails with ChromiumOntbreekt saying in Dutch what to install', async () => {
    const printer = new PdfPrinter({ env: {}, kandidaten: ['/nonexistent/chromium'] });
    const fout = await printer.druk('<p>x</p>', { titel: 'x' }).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ChromiumOntbreekt);
    expect((fout as Error).message).toBe(
      'Geen Chromium om de PDF mee te maken (gezocht: /nonexistent/chromium); installeer het met apt-get install chromium of zet CHROMIUM_PATH op het pad van het chromium-programma.',
    );
    expect((fout as Error).message).not.toContain('\n');
  });

  it('a CHROMIUM_PATH that points nowhere is reported as such, not replaced by another browser', () => {
    expect(() => vindChromium({ env: { CHROMIUM_PATH: '/nonexistent' }, kandidaten: ['/bin/sh'] })).toThrow(
      new ChromiumOntbreekt(['/nonexistent'], '/nonexistent'),
    );
    expect(() => vindChromium({ env: { CHROMIUM_PATH: '/nonexistent' } })).toThrow(/CHROMIUM_PATH wijst naar \/nonexistent.*apt-get install chromium/);
  });

  it('takes CHROMIUM_PATH when it is an executable, else the first standard path that is one', () => {
    expect(vindChromium({ env: { CHROMIUM_PATH: '/bin/sh' }, kandidaten: [] })).toBe('/bin/sh');
    expect(vindChromium({ env: {}, kandidaten: ['/nonexistent', '/etc/passwd', '/bin/sh'] })).toBe('/bin/sh');
  });
});
