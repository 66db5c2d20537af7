import type { Trend } from '../model/jaarverslag';
import { trendSamenvatting, trendSvg } from './grafiek-svg';
import { GRAFIEK_KLEUREN } from './nlds-tokens';
import { trendHtml } from './trend-html';

const TIEN_JAAR: Trend = {
  id: 'register',
  titel: 'Panden in het register',
  eenheid: 'panden',
  soort: 'lijn',
  jaren: [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021],
  reeksen: [{ naam: 'op 1 januari', waarden: [1200, 1350, null, 1500, 1510, 1490, 1620, 1700, 1805, 2010] }],
};

describe('trend charts as SVG (echarts on the server)', () => {
  it('labels every year on the axis, writes thousands the Dutch way, and leaves an unknown year out', () => {
    const svg = trendSvg(TIEN_JAAR);
    for (const jaar of TIEN_JAAR.jaren) expect(svg).toContain(`>${jaar}</text>`);
    expect(svg).toMatch(/>\d\.\d{3}<\/text>/);
    expect(svg).not.toContain('NaN');
  });

  it('summarises the chart for a screen reader, an unknown year as "onbekend"', () => {
    expect(trendSamenvatting(TIEN_JAAR)).toBe(
      'Lijngrafiek: Panden in het register, panden per jaar 2012–2021. op 1 januari: 1.200, 1.350, onbekend, 1.500, 1.510, 1.490, 1.620, 1.700, 1.805, 2.010.',
    );
    expect(trendHtml(TIEN_JAAR)).toContain('<td class="getal">onbekend</td>');
  });

  it('colours the series with the NL Design System palette, in order', () => {
    const reeksen = ['a', 'b', 'c'].map((naam, i) => ({ naam, waarden: [i + 1, i + 2, i + 3] }));
    const svg = trendSvg({ id: 't', titel: 'T', eenheid: 'zaken', jaren: [2018, 2019, 2020], reeksen });
    for (const { kleur } of GRAFIEK_KLEUREN.slice(0, 3)) expect(svg).toContain(`fill="${kleur}"`);
  });

  it('is static: no script, no event handlers, no hover styles, no namespace addresses', () => {
    const svg = trendSvg(TIEN_JAAR);
    expect(svg).not.toMatch(/<script|\son\w+=|<style|xmlns/);
    expect(svg.startsWith('<svg ')).toBe(true);
  });
});
