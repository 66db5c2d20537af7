import { chromium, type Browser, type Page } from 'playwright-core';
import { vindChromium, type ChromiumZoekOpties } from './chromium-pad';
import { voettekstTemplate } from './voettekst';

export interface PdfOpties {
  /** In the footer of every page (escaped). */
  readonly titel: string;
  /** An optional second footer line, e.g. "Vastgesteld door de raad op …". */
  readonly voettekst?: string;
}

export interface PdfPrinterOpties extends ChromiumZoekOpties {
  /** How long one PDF may take, from a fresh page to the bytes. Default 60 s. */
  readonly timeoutMs?: number;
  /** Pages printing at once; more calls wait their turn. Default 2 (a report is CPU-bound). */
  readonly gelijktijdig?: number;
  /**
   * With nothing to print for this long, the browser is closed (the next call launches it again):
   * an annual report is made a few times a year, a browser holds ~100 MB meanwhile, and an open
   * browser keeps a command-line process from ending. Default 60 s.
   */
  readonly ongebruiktSluitenNaMs?: number;
  /** Told of every request the page tried and was refused (a renderer that links out is a bug to log). */
  readonly geblokkeerd?: (url: string) => void;
}

/**
 * Prints HTML to PDF with headless Chromium (Debian's package, through playwright-core: no browser
 * is ever downloaded). One browser per printer, launched on the first call and reused until
 * `sluit()` or a minute without work; every call gets its own context and page, closed afterwards.
 * Nothing is fetched: every request that is not `data:` or `about:` is aborted (and the context is
 * offline, JavaScript off), so a report can show only what is in it.
 */
export class PdfPrinter {
  private browser?: Promise<Browser>;
  private bezig = 0;
  private readonly wachtrij: (() => void)[] = [];
  private ongebruikt?: NodeJS.Timeout;

  constructor(private readonly opties: PdfPrinterOpties = {}) {}

  async druk(html: string, opties: PdfOpties): Promise<Buffer> {
    await this.beurt();
    try {
      return await this.metTimeout((page) => this.print(page, html, opties));
    } finally {
      this.klaar();
    }
  }

  /** Closes the browser; a later call launches a new one. */
  async sluit(): Promise<void> {
    clearTimeout(this.ongebruikt);
    const browser = this.browser;
    this.browser = undefined;
    if (!browser) return;
    await browser.then((b) => b.close()).catch(() => undefined);
  }

  private async print(page: Page, html: string, opties: PdfOpties): Promise<Buffer> {
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(data|about):/i.test(url)) return route.continue();
      this.opties.geblokkeerd?.(url);
      return route.abort('blockedbyclient');
    });
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', right: '15mm', bottom: '20mm', left: '15mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: voettekstTemplate(opties.titel, opties.voettekst),
      outline: true,
      tagged: true,
    });
  }

  private async metTimeout(werk: (page: Page) => Promise<Buffer>): Promise<Buffer> {
    const timeoutMs = this.opties.timeoutMs ?? 60_000;
    const browser = await this.start();
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', offline: true });
    let timer: NodeJS.Timeout | undefined;
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(timeoutMs);
      const verlopen = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`De PDF was niet binnen ${timeoutMs} ms klaar.`)), timeoutMs);
      });
      return await Promise.race([werk(page), verlopen]);
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => undefined);
    }
  }

  /** Launches once; concurrent first calls share the launch, a failed or crashed browser is forgotten. */
  private start(): Promise<Browser> {
    if (!this.browser) {
      const gestart = Promise.resolve()
        .then(() => vindChromium(this.opties))
        .then((executablePath) =>
          chromium.launch({
            executablePath,
            args: ['--no-sandbox', '--disable-dev-shm-usage'],
            // The host keeps its own signal handling (Nest's shutdown hooks, a command line's Ctrl+C): Playwright's
            // SIGTERM handler would otherwise keep the process alive after it. Chromium ends when its pipe closes.
            handleSIGINT: false,
            handleSIGTERM: false,
            handleSIGHUP: false,
          }),
        );
      this.browser = gestart;
      gestart.then(
        (browser) => browser.on('disconnected', () => {
          if (this.browser === gestart) this.browser = undefined;
        }),
        () => {
          if (this.browser === gestart) this.browser = undefined;
        },
      );
    }
    return this.browser;
  }

  private async beurt(): Promise<void> {
    clearTimeout(this.ongebruikt);
    if (this.bezig < Math.max(1, this.opties.gelijktijdig ?? 2)) {
      this.bezig++;
      return;
    }
    await new Promise<void>((resolve) => this.wachtrij.push(resolve));
  }

  private klaar(): void {
    const volgende = this.wachtrij.shift();
    if (volgende) volgende();
    else this.bezig--;
    if (this.bezig === 0) {
      clearTimeout(this.ongebruikt);
      this.ongebruikt = setTimeout(() => void this.sluit(), this.opties.ongebruiktSluitenNaMs ?? 60_000);
      this.ongebruikt.unref();
    }
  }
}
