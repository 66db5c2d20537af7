import type { Trend } from '../model/jaarverslag';
import { ankerId, escapeHtml } from './escape';
import { trendSvg } from './grafiek-svg';
import { waardeTekst } from './opmaak';

/** A chart in a figure, its title as caption, and below it the same numbers as a table. */
export function trendHtml(trend: Trend): string {
  const id = ankerId('grafiek', trend.id);
  const titel = escapeHtml(trend.titel);
  const kop = trend.jaren.map((jaar) => `<th scope="col" class="getal">${jaar}</th>`).join('');
  const rijen = trend.reeksen
    .map((reeks) => {
      const cellen = trend.jaren.map((_, i) => {
        const waarde = reeks.waarden[i];
        return `<td class="getal">${waarde === null || waarde === undefined ? 'onbekend' : escapeHtml(waardeTekst(waarde))}</td>`;
      });
      return `<tr><th scope="row">${escapeHtml(reeks.naam)}</th>${cellen.join('')}</tr>`;
    })
    .join('\n');
  return [
    `<figure class="grafiek" id="${id}">`,
    `<figcaption>${titel} <span class="eenheid">(${escapeHtml(trend.eenheid)})</span></figcaption>`,
    `<div class="grafiek-beeld">${trendSvg(trend)}</div>`,
    `<table class="tabel grafiek-cijfers">`,
    `<caption>Cijfers bij de grafiek: ${titel}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(kolomKop(trend))}</th>${kop}</tr></thead>`,
    `<tbody>\n${rijen}\n</tbody>`,
    `</table>`,
    `</figure>`,
  ].join('\n');
}

function kolomKop(trend: Trend): string {
  return trend.eenheid.charAt(0).toUpperCase() + trend.eenheid.slice(1);
}
