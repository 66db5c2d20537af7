import { PdfPrinter, type PdfOpties } from './pdf-printer';

/**
 * The process's printer: one browser, launched on the first PDF, closed after a minute without
 * work or by sluitPdfPrinter(); Playwright kills it when the process ends.
 */
let printer: PdfPrinter | undefined;

/** The report's HTML as an A4 PDF with page numbers and bookmarks from its headings. */
export function drukPdf(html: string, opties: PdfOpties): Promise<Buffer> {
  printer ??= new PdfPrinter();
  return printer.druk(html, opties);
}

/** Closes the shared browser (a command line after its last PDF, a server's shutdown hook, tests). */
export async function sluitPdfPrinter(): Promise<void> {
  const huidig = printer;
  printer = undefined;
  await huidig?.sluit();
}
