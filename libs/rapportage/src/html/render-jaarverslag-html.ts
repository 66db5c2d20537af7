import type { Hoofdstuk, Jaarverslag } from '../model/jaarverslag';
import { ankerId, escapeHtml } from './escape';
import { datumTekst, momentTekst } from './opmaak';
import { jaarverslagCss, THEMA_KLASSE } from './stijl';
import { BIJLAGE_ID, tabelHtml, zakenBijlageHtml, type ZakenBijCel, type ZaakLink } from './tabel-html';
import { trendHtml } from './trend-html';

export type { ZaakLink } from './tabel-html';

export interface JaarverslagHtmlOpties {
  /**
   * The URL of a case, for the drill-down from a figure to the cases behind it. Absent (the
   * reader's role may not see cases) or `undefined` for a case: the figure is plain text.
   */
  readonly zaakLink?: ZaakLink;
}

/**
 * The annual report as one self-contained HTML file: inline CSS and SVG, no script, nothing
 * fetched. Printable on A4 (the PDF is this page printed by Chromium) and fit to paste into a
 * council document. Every string from the model is escaped.
 */
export function renderJaarverslagHtml(verslag: Jaarverslag, opties: JaarverslagHtmlOpties = {}): string {
  const titel = jaarverslagTitel(verslag);
  const zaken: ZakenBijCel[] = [];
  const hoofdstukken = verslag.hoofdstukken.map((hoofdstuk, i) => hoofdstukHtml(hoofdstuk, i + 1, opties.zaakLink, zaken));
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${titel} — ${gemeenteTekst(verslag)}`)}</title>`,
    `<style>\n${jaarverslagCss()}</style>`,
    '</head>',
    `<body class="${THEMA_KLASSE}">`,
    '<main>',
    titelbladHtml(verslag, titel),
    inhoudHtml(verslag, zaken.length > 0),
    ...hoofdstukken,
    zakenBijlageHtml(zaken),
    `<p class="colofon">${escapeHtml(`${titel}, ${gemeenteTekst(verslag)}. ${standTekst(verslag)}. Gemaakt op ${momentTekst(verslag.gemaaktOp)}.`)}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** "Jaarverslag handhaving 2020", or for another period "Verslag handhaving 1 januari 2020 t/m 30 juni 2020". */
export function jaarverslagTitel(verslag: Jaarverslag): string {
  return verslag.periode.jaar !== undefined
    ? `Jaarverslag handhaving ${verslag.periode.jaar}`
    : `Verslag handhaving ${periodeTekst(verslag)}`;
}

function periodeTekst(verslag: Jaarverslag): string {
  return `${datumTekst(verslag.periode.van)} t/m ${datumTekst(verslag.periode.tot)}`;
}

function gemeenteTekst(verslag: Jaarverslag): string {
  return verslag.gemeentenaam ? `gemeente ${verslag.gemeentenaam} (${verslag.gemeente})` : `gemeente ${verslag.gemeente}`;
}

function standTekst(verslag: Jaarverslag): string {
  return verslag.bekendOp ? `Zoals bekend op ${datumTekst(verslag.bekendOp)}` : 'Stand van nu';
}

function titelbladHtml(verslag: Jaarverslag, titel: string): string {
  const gemeente = gemeenteTekst(verslag);
  const uitleg = verslag.bekendOp
    ? `<p>De cijfers zijn die van nu. Waar een cijfer anders is dan op ${escapeHtml(datumTekst(verslag.bekendOp))} gerapporteerd, staat het toenmalige cijfer erachter, gemarkeerd, met een voetnoot die zegt waarom, zoals <span class="voorbeeld">30 <span class="verschil">(toen 31)</span></span>.</p>`
    : '<p>De cijfers zijn zoals ze nu in het zaaksysteem staan.</p>';
  return [
    '<header class="titelblad">',
    `<h1 id="titel">${escapeHtml(titel)}</h1>`,
    `<p class="gemeente">${escapeHtml(gemeente.charAt(0).toUpperCase() + gemeente.slice(1))}</p>`,
    '<dl>',
    `<dt>Periode</dt><dd>${escapeHtml(periodeTekst(verslag))}</dd>`,
    `<dt>Cijfers</dt><dd><span class="stand">${escapeHtml(standTekst(verslag))}</span></dd>`,
    `<dt>Gemaakt op</dt><dd>${escapeHtml(momentTekst(verslag.gemaaktOp))}</dd>`,
    '</dl>',
    uitleg,
    '</header>',
  ].join('\n');
}

function inhoudHtml(verslag: Jaarverslag, metBijlage: boolean): string {
  const items = verslag.hoofdstukken.map((hoofdstuk) => {
    const onderdelen = [
      ...hoofdstuk.tabellen.map((tabel) => `<li><a href="#${ankerId('tabel', tabel.id)}">Tabel: ${escapeHtml(tabel.titel)}</a></li>`),
      ...hoofdstuk.trends.map((trend) => `<li><a href="#${ankerId('grafiek', trend.id)}">Grafiek: ${escapeHtml(trend.titel)}</a></li>`),
    ];
    const sub = onderdelen.length > 0 ? `<ul>${onderdelen.join('')}</ul>` : '';
    return `<li><a href="#${ankerId('hoofdstuk', hoofdstuk.id)}">${escapeHtml(hoofdstuk.titel)}</a>${sub}</li>`;
  });
  if (metBijlage) items.push(`<li class="bijlage"><a href="#${BIJLAGE_ID}">Bijlage: zaken achter de cijfers</a></li>`);
  return ['<nav class="inhoud" aria-labelledby="inhoud">', '<h2 id="inhoud">Inhoud</h2>', `<ol>\n${items.join('\n')}\n</ol>`, '</nav>'].join('\n');
}

function hoofdstukHtml(hoofdstuk: Hoofdstuk, nummer: number, zaakLink: ZaakLink | undefined, zaken: ZakenBijCel[]): string {
  const id = ankerId('hoofdstuk', hoofdstuk.id);
  const tabellen = hoofdstuk.tabellen.map((tabel) => {
    const resultaat = tabelHtml(tabel, zaakLink);
    zaken.push(...resultaat.zaken);
    return resultaat.html;
  });
  const toelichting =
    hoofdstuk.toelichting.length > 0
      ? `<div class="toelichting">\n${hoofdstuk.toelichting.map((alinea) => `<p>${escapeHtml(alinea)}</p>`).join('\n')}\n</div>`
      : '';
  const leeg = tabellen.length === 0 && hoofdstuk.trends.length === 0 ? '<p>Geen cijfers over deze periode.</p>' : '';
  return [
    `<section class="hoofdstuk" aria-labelledby="${id}">`,
    `<h2 id="${id}">${nummer}. ${escapeHtml(hoofdstuk.titel)}</h2>`,
    toelichting,
    ...tabellen,
    ...hoofdstuk.trends.map(trendHtml),
    leeg,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
