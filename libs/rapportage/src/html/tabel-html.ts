import type { Cel, Kolom, Rij, Tabel } from '../model/jaarverslag';
import { ankerId, escapeHtml } from './escape';
import { waardeTekst } from './opmaak';

/** Where a cell's figure may link to the cases behind it: a URL per case id, or none. */
export type ZaakLink = (zaakId: string) => string | undefined;

/** The cases behind one cell, listed at the end of the report; the cell's figure links here. */
export interface ZakenBijCel {
  readonly id: string;
  /** "Damoclesbeleid 1-1-2020 t/m 31-12-2020 — Sluitingsbesluit, softdrugs". */
  readonly omschrijving: string;
  readonly links: readonly { zaakId: string; url: string }[];
}

export interface TabelHtml {
  readonly html: string;
  readonly zaken: readonly ZakenBijCel[];
}

/**
 * A table as the council reads it: a caption, column and row headers the screen reader announces,
 * figures right-aligned in Dutch notation, "n.v.t." for null, a changed figure as "30 (toen 31)"
 * with its footnote, and the footnotes numbered below the table.
 */
export function tabelHtml(tabel: Tabel, zaakLink?: ZaakLink): TabelHtml {
  const tabelId = ankerId('tabel', tabel.id);
  const nummers = new Map(tabel.voetnoten.map((voetnoot, i) => [voetnoot.id, i + 1]));
  const voetnootId = (nummer: number) => `${tabelId}-voetnoot-${nummer}`;
  const zaken: ZakenBijCel[] = [];

  const celHtml = (rij: Rij, rijIndex: number, kolom: Kolom): string => {
    const cel = rij.cellen[kolom.sleutel];
    if (!cel) return '<td></td>';
    const lijst = zaakLink ? zakenBijCel(cel, zaakLink, ankerId('zaken', `${tabel.id}-${rijIndex + 1}-${kolom.sleutel}`), `${tabel.titel} — ${rij.kop}, ${kolom.kop}`) : undefined;
    if (lijst) zaken.push(lijst);
    const getal = escapeHtml(waardeTekst(cel.waarde));
    const delen = [lijst ? `<a href="#${lijst.id}" title="${escapeHtml(`Zaken achter dit cijfer (${lijst.links.length})`)}">${getal}</a>` : getal];
    if (cel.toen !== undefined) delen.push(` <span class="verschil">(toen ${escapeHtml(waardeTekst(cel.toen))})</span>`);
    for (const id of cel.voetnoten ?? []) {
      const nummer = nummers.get(id);
      if (nummer !== undefined) delen.push(`<sup class="voetnoot-ref"><a href="#${voetnootId(nummer)}"><span class="onzichtbaar">voetnoot </span>${nummer}</a></sup>`);
    }
    const klassen = [typeof cel.waarde === 'string' ? 'tekst' : 'getal', cel.toen !== undefined ? 'gewijzigd' : ''].filter(Boolean).join(' ');
    return `<td class="${klassen}">${delen.join('')}</td>`;
  };

  const kop = tabel.kolommen.map((kolom) => `<th scope="col" class="getal">${escapeHtml(kolom.kop)}</th>`).join('');
  const rijen = tabel.rijen.map((rij, i) => `<tr><th scope="row">${escapeHtml(rij.kop)}</th>${tabel.kolommen.map((kolom) => celHtml(rij, i, kolom)).join('')}</tr>`);
  const voetnoten =
    tabel.voetnoten.length === 0
      ? ''
      : [
          `<ol class="voetnoten" aria-label="${escapeHtml(`Voetnoten bij ${tabel.titel}`)}">`,
          ...tabel.voetnoten.map((voetnoot, i) => `<li id="${voetnootId(i + 1)}">${escapeHtml(voetnoot.tekst)}</li>`),
          '</ol>',
        ].join('\n');

  const html = [
    `<div class="tabel-blok" id="${tabelId}">`,
    // A narrow screen scrolls the table, not the page; the region is reachable by keyboard to scroll it.
    `<div class="tabel-schuif" role="region" tabindex="0" aria-labelledby="${tabelId}-titel">`,
    '<table class="tabel">',
    `<caption id="${tabelId}-titel">${escapeHtml(tabel.titel)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(tabel.rijkop)}</th>${kop}</tr></thead>`,
    `<tbody>\n${rijen.join('\n')}\n</tbody>`,
    '</table>',
    '</div>',
    voetnoten,
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
  return { html, zaken };
}

function zakenBijCel(cel: Cel, zaakLink: ZaakLink, id: string, omschrijving: string): ZakenBijCel | undefined {
  const links = (cel.zaken ?? []).flatMap((zaakId) => {
    const url = zaakLink(zaakId);
    return url ? [{ zaakId, url }] : [];
  });
  return links.length === 0 ? undefined : { id, omschrijving, links };
}

/** The anchor of the appendix with the cases behind the figures. */
export const BIJLAGE_ID = 'bijlage-zaken';

/** The appendix the figures link to: per cell, its cases, each linking where `zaakLink` said. */
export function zakenBijlageHtml(zaken: readonly ZakenBijCel[]): string {
  if (zaken.length === 0) return '';
  const blokken = zaken.map((lijst) =>
    [
      `<div class="zaken-blok" id="${lijst.id}">`,
      `<p class="zaken-kop">${escapeHtml(lijst.omschrijving)}</p>`,
      `<ul class="zaken">${lijst.links.map((link) => `<li><a href="${escapeHtml(link.url)}">${escapeHtml(link.zaakId)}</a></li>`).join('')}</ul>`,
      '</div>',
    ].join('\n'),
  );
  return [
    `<section class="hoofdstuk bijlage" aria-labelledby="${BIJLAGE_ID}">`,
    `<h2 id="${BIJLAGE_ID}">Bijlage: zaken achter de cijfers</h2>`,
    '<p>Per cijfer de zaken die het telt, met een link naar de zaak.</p>',
    ...blokken,
    '</section>',
  ].join('\n');
}
