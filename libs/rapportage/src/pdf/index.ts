export { ChromiumOntbreekt } from './chromium-ontbreekt';
export { STANDAARD_CHROMIUM_PADEN, vindChromium, type ChromiumZoekOpties } from './chromium-pad';
export { drukPdf, sluitPdfPrinter } from './druk-pdf';
export { PdfPrinter, type PdfOpties, type PdfPrinterOpties } from './pdf-printer';
