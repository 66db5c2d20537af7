import type { Jaarverslag } from '../model/jaarverslag';
import { voorbeeldJaarverslag } from '../test-support/voorbeeld-jaarverslag';
import { renderJaarverslagHtml } from './render-jaarverslag-html';

const ZAAK_URL = 'https://handhaving.example/zaken/';

/** Text content as a reader sees it: tags out, entities back. */
function zichtbareTekst(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The HTML of one table, from its block to the block's end. */
function tabelBlok(html: string, tabelId: string): string {
  const begin = html.indexOf(`<div class="tabel-blok" id="tabel-${tabelId}">`);
  expect(begin).toBeGreaterThanOrEqual(0);
  const einden = ['<div class="tabel-blok"', '<figure', '</section>'].map((teken) => html.indexOf(teken, begin + 1)).filter((i) => i > 0);
  return html.slice(begin, Math.min(...einden));
}

function cellen(blok: string): string[] {
  return [...blok.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => zichtbareTekst(m[1] ?? '').replace(/\s+/g, ' ').trim());
}

describe('renderJaarverslagHtml: the annual report as one HTML page', () => {
  const verslag = voorbeeldJaarverslag();
  const html = renderJaarverslagHtml(verslag);

  it('is a Dutch HTML document with the gemeente, period, the day the figures are as known and the day it was made', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    const tekst = zichtbareTekst(html);
    expect(tekst).toContain('Jaarverslag handhaving 2020');
    expect(tekst).toContain('Gemeente Kerkrade (GM0928)');
    expect(tekst).toContain('1 januari 2020 t/m 31 december 2020');
    expect(tekst).toContain('Zoals bekend op 14 januari 2021');
    expect(tekst).toContain('1 juni 2021 om 11:30');
  });

  it('says "Stand van nu" when the report is not as known on a day', () => {
    const nu: Jaarverslag = { ...verslag, bekendOp: undefined };
    expect(zichtbareTekst(renderJaarverslagHtml(nu))).toContain('Stand van nu');
  });

  it('shows every figure of the Damocles table, n.v.t. for null, and the changed cells as "now (toen then)" with their footnote', () => {
    const blok = tabelBlok(html, 'damocles-maatregelen');
    expect(cellen(blok)).toEqual([
      '30 (toen 31)voetnoot 1',
      '10',
      '0',
      '40 (toen 41)voetnoot 1',
      '2',
      'n.v.t.',
      '8',
      '10',
      '',
      '',
      '',
      '37',
      '',
      '',
      '',
      '1',
      '',
      '',
      '',
      '0',
    ]);
    expect(blok).toContain('<span class="verschil">(toen 31)</span>');
    expect(blok).toContain('<sup class="voetnoot-ref"><a href="#tabel-damocles-maatregelen-voetnoot-1">');
    expect(blok).toContain(
      '<li id="tabel-damocles-maatregelen-voetnoot-1">Met 1 verminderd: het sluitingsbesluit van zaak zaak-sd-3 is later herroepen (beslissing op bezwaar 4 maart 2021).</li>',
    );
    expect(blok).toContain('<caption id="tabel-damocles-maatregelen-titel">Damoclesbeleid 1-1-2020 t/m 31-12-2020</caption>');
    expect(blok).toContain('<th scope="col">Maatregel</th>');
    expect(blok).toContain('<th scope="col" class="getal">softdrugs</th>');
    expect(blok).toContain('<th scope="row">Sluitingsbesluit</th>');
  });

  it('writes figures in Dutch notation', () => {
    const aangepast: Jaarverslag = {
      ...verslag,
      hoofdstukken: [
        {
          id: 'groot',
          titel: 'Groot',
          toelichting: [],
          trends: [],
          tabellen: [{ id: 'groot', titel: 'Groot', rijkop: 'Soort', kolommen: [{ sleutel: 'a', kop: 'a' }], rijen: [{ kop: 'x', cellen: { a: { waarde: 12345.5 } } }], voetnoten: [] }],
        },
      ],
    };
    expect(renderJaarverslagHtml(aangepast)).toContain('12.345,5');
  });

  it('lists every chapter in the table of contents, linking to its heading', () => {
    const inhoud = html.slice(html.indexOf('<nav class="inhoud"'), html.indexOf('</nav>'));
    for (const hoofdstuk of verslag.hoofdstukken) {
      expect(inhoud).toContain(`<a href="#hoofdstuk-${hoofdstuk.id}">${hoofdstuk.titel}</a>`);
      expect(html).toMatch(new RegExp(`<h2 id="hoofdstuk-${hoofdstuk.id}">\\d+\\. ${hoofdstuk.titel}</h2>`));
    }
    expect(html).toContain('<h1 id="titel">');
  });

  it('shows every chapter\'s explanation and footnotes of the other tables', () => {
    const tekst = zichtbareTekst(html);
    for (const alinea of verslag.hoofdstukken.flatMap((h) => h.toelichting)) expect(tekst).toContain(alinea);
    expect(tekst).toContain('Met 2 verminderd: 2 objecten met bijzondere afspraken hebben formeel geen kamerverhuurvergunning.');
  });

  it('draws one SVG chart per trend, with its years on the axis, named for a screen reader, its numbers in a table', () => {
    const trends = verslag.hoofdstukken.flatMap((h) => h.trends);
    const figuren = [...html.matchAll(/<figure class="grafiek" id="grafiek-([^"]+)">([\s\S]*?)<\/figure>/g)];
    expect(figuren.map((f) => f[1])).toEqual(trends.map((t) => t.id));
    for (const [i, trend] of trends.entries()) {
      const figuur = figuren[i]?.[2] ?? '';
      const svg = /<svg[\s\S]*?<\/svg>/.exec(figuur)?.[0] ?? '';
      expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="[^"]+"/);
      expect(svg).toContain(`<title>${trend.soort === 'lijn' ? 'Lijngrafiek' : 'Staafdiagram'}: ${trend.titel}`);
      const jaarLabels = trend.jaren.filter((jaar) => svg.includes(`>${jaar}</text>`));
      expect(jaarLabels.length).toBeGreaterThanOrEqual(3);
      for (const reeks of trend.reeksen) expect(svg).toContain(`>${reeks.naam}</text>`);
      expect(figuur).toContain(`<figcaption>${trend.titel}`);
      const cijfers = cellen(figuur);
      expect(cijfers).toEqual(trend.reeksen.flatMap((r) => r.waarden.map((w) => String(w))));
    }
  });

  it('draws a line for a level over time and bars for counts', () => {
    const lijn = html.slice(html.indexOf('id="grafiek-kamerverhuur-register"'));
    expect(lijn.slice(0, lijn.indexOf('</figure>'))).toContain('Lijngrafiek');
    const staaf = html.slice(html.indexOf('id="grafiek-damocles-sluitingen"'));
    expect(staaf.slice(0, staaf.indexOf('</figure>'))).toContain('Staafdiagram');
  });

  it('fetches nothing: no web address, no script, no external stylesheet or image (url(#…) is the chart\'s own clip path)', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
  });

  it('gives every element a different id, also the charts\' clip paths (anchors and aria references are unambiguous)', () => {
    const met = renderJaarverslagHtml(verslag, { zaakLink: (id) => `${ZAAK_URL}${id}` });
    const ids = [...met.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(15);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const [, doel] of met.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(doel);
  });

  it('escapes text from the model: a <script> in a title stays text', () => {
    const kwaad = '<script>alert("x")</script> & "co"';
    const aangepast: Jaarverslag = {
      ...verslag,
      gemeentenaam: kwaad,
      hoofdstukken: verslag.hoofdstukken.map((h, i) =>
        i === 0
          ? {
              ...h,
              titel: kwaad,
              toelichting: [kwaad],
              tabellen: h.tabellen.map((t) => ({ ...t, titel: kwaad, rijkop: kwaad, voetnoten: t.voetnoten.map((v) => ({ ...v, tekst: kwaad })) })),
              trends: h.trends.map((t) => ({ ...t, titel: kwaad, eenheid: kwaad, reeksen: t.reeksen.map((r) => ({ ...r, naam: kwaad })) })),
            }
          : h,
      ),
    };
    const uit = renderJaarverslagHtml(aangepast, { zaakLink: (id) => `${ZAAK_URL}${id}?"><script>` });
    expect(uit).not.toMatch(/<script/i);
    expect(uit).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;co&quot;');
  });

  describe('drill-down to the cases behind a figure', () => {
    it('without zaakLink (the role may not see cases): plain figures and no case ids at all', () => {
      expect(html).not.toContain('zaak-sd-1');
      expect(html).not.toContain('Zaken achter de cijfers');
    });

    it('with zaakLink: the figure links to the list of its cases, each linking where zaakLink says', () => {
      const met = renderJaarverslagHtml(verslag, { zaakLink: (id) => (id === 'zaak-w-2' ? undefined : `${ZAAK_URL}${id}`) });
      const blok = tabelBlok(met, 'damocles-maatregelen');
      expect(blok).toMatch(/<td class="getal gewijzigd"><a href="#zaken-damocles-maatregelen-1-softdrugs"[^>]*>30<\/a>/);
      expect(blok).toMatch(/<td class="getal"><a href="#zaken-damocles-maatregelen-2-softdrugs"[^>]*>2<\/a><\/td>/);
      expect(blok).toContain('<td class="getal">8</td>');
      const lijst = met.slice(met.indexOf('<div class="zaken-blok" id="zaken-damocles-maatregelen-1-softdrugs">'));
      expect(lijst.slice(0, lijst.indexOf('</div>'))).toContain(`<li><a href="${ZAAK_URL}zaak-sd-1">zaak-sd-1</a></li><li><a href="${ZAAK_URL}zaak-sd-2">zaak-sd-2</a></li>`);
      expect(met).not.toContain('zaak-w-2<');
      expect(met).toContain('<a href="#bijlage-zaken">Bijlage: zaken achter de cijfers</a>');
      const adressen = [...met.matchAll(/https?:\/\/[^"<]*/g)].map((m) => m[0]);
      expect(adressen.length).toBeGreaterThan(0);
      for (const adres of adressen) expect(adres.startsWith(ZAAK_URL)).toBe(true);
    });
  });
});
