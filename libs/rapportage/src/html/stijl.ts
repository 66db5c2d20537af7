import { tokensCss } from './nlds-tokens';

/** The theme class on body that carries the NL Design System tokens. */
export const THEMA_KLASSE = 'utrecht-theme';

/** Used when the token font (Noto Sans) is not installed: no web font is fetched. */
const LETTERTYPEN = "var(--utrecht-document-font-family), 'Helvetica Neue', Helvetica, 'Liberation Sans', Arial, sans-serif";

/**
 * The report's stylesheet: the tokens it uses, then a sober document layout for screen and A4
 * paper (chapters on a new page, tables and figures not split, headings kept with what follows).
 */
export function jaarverslagCss(): string {
  return `${tokensCss(THEMA_KLASSE)}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: ${LETTERTYPEN};
  font-size: 11pt;
  line-height: var(--utrecht-document-line-height);
  color: var(--utrecht-document-color);
  background: var(--utrecht-document-background-color);
}
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
a { color: var(--utrecht-link-color); }
h1, h2, h3 { font-weight: var(--utrecht-heading-2-font-weight); line-height: var(--utrecht-heading-2-line-height); break-after: avoid; page-break-after: avoid; }
h1 { font-size: var(--utrecht-heading-1-font-size); font-weight: var(--utrecht-heading-1-font-weight); line-height: var(--utrecht-heading-1-line-height); margin: 0 0 0.5rem; }
h2 { font-size: var(--utrecht-typography-scale-3xl-font-size); margin: 0 0 1rem; padding-bottom: 0.4rem; border-bottom: 3px solid var(--utrecht-color-red-40); }
p { margin: 0 0 0.75rem; orphans: 3; widows: 3; }
.onzichtbaar { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

.titelblad { padding: 3rem 0 2rem; border-top: 12px solid var(--utrecht-color-red-40); margin-bottom: 2rem; }
.titelblad .soort { font-size: var(--utrecht-typography-scale-xl-font-size); color: var(--utrecht-color-grey-30); margin: 1.5rem 0 0.25rem; text-transform: uppercase; letter-spacing: 0.08em; }
.titelblad .gemeente { font-size: var(--utrecht-typography-scale-3xl-font-size); margin: 0 0 2rem; }
.titelblad dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.5rem; margin: 0; }
.titelblad dt { font-weight: 700; }
.titelblad dd { margin: 0; }
.titelblad dl + p { margin-top: 1.25rem; max-width: 40rem; }
.titelblad .voorbeeld { background: var(--utrecht-color-yellow-80); padding: 0 0.25rem; }
.stand { display: inline-block; padding: 0.1rem 0.5rem; background: var(--utrecht-color-blue-90); border-left: 4px solid var(--utrecht-color-blue-35); }

nav.inhoud { margin: 2rem 0 3rem; }
nav.inhoud h2 { border-bottom-width: 1px; border-bottom-color: var(--utrecht-color-grey-90); }
nav.inhoud ol { margin: 0; padding-left: 1.5rem; }
nav.inhoud li { margin: 0.3rem 0; }
nav.inhoud li.bijlage { list-style: none; margin-top: 0.6rem; }
nav.inhoud ul { margin: 0.2rem 0 0.4rem; padding-left: 1.25rem; list-style: none; font-size: var(--utrecht-typography-scale-sm-font-size); }

.hoofdstuk { margin-top: 3rem; }
.toelichting { margin-bottom: 1.5rem; }

.tabel-blok, figure.grafiek { margin: 1.5rem 0 2rem; }
figure.grafiek { break-inside: avoid; page-break-inside: avoid; }
.tabel-schuif { overflow-x: auto; position: relative; }
.tabel-schuif:focus-visible { outline: 3px solid var(--utrecht-color-blue-35); outline-offset: 2px; }
table.tabel { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; break-inside: avoid; page-break-inside: avoid; }
table.tabel caption { caption-side: top; text-align: start; font-weight: var(--utrecht-table-caption-font-weight); font-size: var(--utrecht-table-caption-font-size); margin-bottom: 0.5rem; }
table.tabel th, table.tabel td {
  padding: var(--utrecht-table-cell-padding-block-start) var(--utrecht-table-cell-padding-inline-start);
  border-bottom: 1px solid var(--utrecht-table-row-border-block-end-color);
  vertical-align: top;
  text-align: start;
}
table.tabel thead th { font-weight: var(--utrecht-table-header-font-weight); border-bottom: var(--utrecht-table-header-border-block-end-width) solid var(--utrecht-table-header-border-block-end-color); vertical-align: bottom; }
table.tabel tbody th { font-weight: 400; }
table.tabel tbody tr:nth-child(even) { background: var(--utrecht-table-row-alternate-even-background-color); }
table.tabel .getal { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.tabel thead th.getal { white-space: normal; }
table.tabel td.gewijzigd { background: var(--utrecht-color-yellow-80); }
.verschil { color: var(--utrecht-color-grey-30); font-size: 0.9em; white-space: nowrap; }
sup.voetnoot-ref { font-size: 0.75em; line-height: 0; margin-left: 0.15em; }
ol.voetnoten { margin: 0.5rem 0 0; padding-left: 1.5rem; font-size: var(--utrecht-typography-scale-sm-font-size); color: var(--utrecht-color-grey-30); }

figure.grafiek { margin-left: 0; margin-right: 0; }
figure.grafiek figcaption { font-weight: 700; font-size: var(--utrecht-table-caption-font-size); margin-bottom: 0.5rem; }
figure.grafiek .eenheid { font-weight: 400; color: var(--utrecht-color-grey-30); }
.grafiek-beeld svg { display: block; width: 100%; height: auto; max-width: 40rem; }
table.tabel.grafiek-cijfers { width: auto; min-width: 60%; margin-top: 0.75rem; font-size: var(--utrecht-typography-scale-sm-font-size); }
table.tabel.grafiek-cijfers th, table.tabel.grafiek-cijfers td { padding: 0.25em 0.75em 0.25em 0.4em; }
table.grafiek-cijfers caption { font-size: var(--utrecht-typography-scale-sm-font-size); font-weight: 700; }

.zaken-blok { margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.zaken-kop { font-weight: 700; margin-bottom: 0.25rem; }
ul.zaken { margin: 0; padding-left: 1.25rem; columns: 3; font-variant-numeric: tabular-nums; }

.colofon { margin-top: 3rem; padding-top: 0.75rem; border-top: 1px solid var(--utrecht-color-grey-90); font-size: var(--utrecht-typography-scale-sm-font-size); color: var(--utrecht-color-grey-30); }

@media screen and (max-width: 40rem) {
  main { padding: 1rem 0.75rem 2rem; }
  table.tabel { font-size: var(--utrecht-typography-scale-sm-font-size); }
  table.tabel th, table.tabel td { padding: 0.4em 0.25em; }
  table.tabel thead th { hyphens: auto; font-size: 0.8125rem; }
  table.tabel .getal { white-space: normal; }
  td .verschil { display: block; }
}

@page { size: A4; margin: 20mm 18mm 22mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; }
  .titelblad { padding-top: 0; }
  .grafiek-beeld svg { max-width: 140mm; }
  .tabel-blok, figure.grafiek { margin: 1rem 0 1.5rem; }
  .hoofdstuk { margin-top: 0; break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
  .tabel-schuif { overflow: visible; }
  nav.inhoud a, .voetnoot-ref a { color: var(--utrecht-link-color); }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
}
