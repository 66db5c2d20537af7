import * as echarts from 'echarts';
import type { Trend } from '../model/jaarverslag';
import { escapeHtml } from './escape';
import { GRAFIEK_KLEUREN, GRAFIEK_LETTERTYPE } from './nlds-tokens';
import { waardeTekst } from './opmaak';

export const GRAFIEK_BREEDTE = 640;
export const GRAFIEK_HOOGTE = 300;

const TEKSTKLEUR = '#333333';
const LIJNKLEUR = '#d9d9d9';

/**
 * One trend as an inline SVG, drawn by echarts on the server (no DOM, no animation, no script).
 * The SVG is an image to assistive technology (`role="img"`) named by a summary of its numbers;
 * the same numbers follow in a table (see trend-html.ts).
 */
export function trendSvg(trend: Trend): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: GRAFIEK_BREEDTE, height: GRAFIEK_HOOGTE });
  try {
    chart.setOption(grafiekOpties(trend));
    return toegankelijk(chart.renderToSVGString(), trendSamenvatting(trend));
  } finally {
    chart.dispose();
  }
}

function grafiekOpties(trend: Trend): echarts.EChartsOption {
  const lijn = trend.soort === 'lijn';
  const tekst = { color: TEKSTKLEUR, fontFamily: GRAFIEK_LETTERTYPE, fontSize: 13 };
  return {
    animation: false,
    color: GRAFIEK_KLEUREN.map((k) => k.kleur),
    textStyle: tekst,
    grid: { left: 56, right: 24, top: 40, bottom: 64 },
    legend: { bottom: 8, textStyle: tekst, itemGap: 20 },
    xAxis: {
      type: 'category',
      data: trend.jaren.map(String),
      axisLabel: tekst,
      axisLine: { lineStyle: { color: TEKSTKLEUR } },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: trend.eenheid,
      nameTextStyle: { ...tekst, align: 'left' },
      minInterval: 1,
      axisLabel: { ...tekst, formatter: (waarde: number) => waardeTekst(waarde) },
      splitLine: { lineStyle: { color: LIJNKLEUR } },
    },
    series: trend.reeksen.map((reeks) =>
      lijn
        ? { type: 'line' as const, name: reeks.naam, data: [...reeks.waarden], symbolSize: 8, lineStyle: { width: 3 }, connectNulls: false }
        : { type: 'bar' as const, name: reeks.naam, data: [...reeks.waarden], barMaxWidth: 48 },
    ),
  };
}

/** "Staafdiagram: Sluitingsbesluiten per categorie, sluitingsbesluiten per jaar 2018–2020. softdrugs: 22, 35, 30; …". */
export function trendSamenvatting(trend: Trend): string {
  const soort = trend.soort === 'lijn' ? 'Lijngrafiek' : 'Staafdiagram';
  const jaren = trend.jaren.length > 0 ? `${trend.jaren[0]}–${trend.jaren[trend.jaren.length - 1]}` : '';
  const reeksen = trend.reeksen
    .map((reeks) => `${reeks.naam}: ${reeks.waarden.map((w) => (w === null ? 'onbekend' : waardeTekst(w))).join(', ')}`)
    .join('; ');
  return `${soort}: ${trend.titel}, ${trend.eenheid} per jaar ${jaren}. ${reeksen}.`;
}

/**
 * Inline SVG in HTML needs no namespace declarations (and they look like web addresses to a
 * check for external resources); the hover styles are for screens with a pointer, not for paper.
 * The root gets `role="img"`, an accessible name and a `<title>`.
 */
function toegankelijk(svg: string, samenvatting: string): string {
  const zonderStijl = svg.replace(/<style\b[\s\S]*?<\/style>/g, '');
  return zonderStijl.replace(/^<svg\b([^>]*)>/, (_, attributen: string) => {
    const rest = attributen.replace(/\s+xmlns(:\w+)?="[^"]*"/g, '');
    const naam = escapeHtml(samenvatting);
    return `<svg${rest} role="img" aria-label="${naam}" focusable="false"><title>${naam}</title>`;
  });
}
