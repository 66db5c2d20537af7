import { PdfPrinter, type PdfOpties } from './pdf-printer';

/** The process's printer: one browser, launched on the first PDF, closed on exit. */
let printer: PdfPrinter | undefined;
let afsluitenGeregeld = false;

/** The report's HTML as an A4 PDF with page numbers and bookmarks from its headings. */
export function drukPdf(html: string, opties: PdfOpties): Promise<Buffer> {
  if (!afsluitenGeregeld) {
    afsluitenGeregeld = true;
    // Playwright kills the browser when the process ends; this closes it properly when the event loop empties.
    process.once('beforeExit', () => void sluitPdfPrinter());
  }
  printer ??= new PdfPrinter();
  return printer.druk(html, opties);
}

/** Closes the shared browser (tests, shutdown hooks); the next drukPdf launches a new one. */
export async function sluitPdfPrinter(): Promise<void> {
  const huidig = printer;
  printer = undefined;
  await huidig?.sluit();
}
