/** The dwangsom figures as the API gives them (GET /api/dwangsom/cijfers). */
interface Cel {
  readonly aantal: number;
  readonly zaakIds: readonly string[];
}

interface BedragCel extends Cel {
  readonly bedragCent: number;
}

export const GRONDSLAG_NAMEN: Readonly<Record<string, string>> = {
  apv: 'APV',
  'gemeentewet-151d': 'Gemeentewet art. 151d (woonoverlast)',
  'opiumwet-13b': 'Opiumwet art. 13b',
  huisvestingswet: 'Huisvestingswet',
  omgevingswet: 'Omgevingswet',
};

export interface DwangsomCijfers {
  readonly gemeente: string;
  readonly periode: { readonly van: string; readonly tot: string };
  readonly bekendOp: string | null;
  readonly peildatum: string;
  readonly lastenOpgelegd: Record<string, Cel>;
  readonly lastenAanDrugsdealers: Cel;
  readonly verbeuringen: BedragCel;
  readonly geind: BedragCel;
  readonly lastenUitgeput: Cel;
  readonly verjaard: BedragCel;
  readonly bezwaren: { readonly tegenLast: Cel; readonly tegenInvordering: Cel; readonly laat: Cel };
}

/** "€ 2.500,00". */
export function euro(cent: number): string {
  const euros = Math.floor(Math.abs(cent) / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cent < 0 ? '-' : ''}€ ${euros},${String(Math.abs(cent) % 100).padStart(2, '0')}`;
}

/** `handhaving rapport dwangsom` as a table for the terminal. */
export function dwangsomTabel(cijfers: DwangsomCijfers): string {
  const kop = `Dwangsom ${cijfers.gemeente}, ${cijfers.periode.van} t/m ${cijfers.periode.tot}${cijfers.bekendOp ? ` (zoals bekend op ${cijfers.bekendOp})` : ''}`;
  const rij = (label: string, aantal: number | string, bedrag = '') => `${label.padEnd(44)}${String(aantal).padStart(7)}${bedrag.padStart(16)}`.trimEnd();
  const lasten = Object.entries(GRONDSLAG_NAMEN).map(([soort, naam]) => rij(`  ${naam}`, cijfers.lastenOpgelegd[soort]?.aantal ?? 0));
  return [
    kop,
    '',
    rij('', 'aantal', 'bedrag'),
    rij('Lasten onder dwangsom opgelegd', cijfers.lastenOpgelegd['totaal']?.aantal ?? 0),
    ...lasten,
    rij('  waarvan aan drugsdealers', cijfers.lastenAanDrugsdealers.aantal),
    rij('Dwangsommen verbeurd', cijfers.verbeuringen.aantal, euro(cijfers.verbeuringen.bedragCent)),
    rij('Geïnd', cijfers.geind.aantal, euro(cijfers.geind.bedragCent)),
    rij('Lasten uitgeput (maximum bereikt)', cijfers.lastenUitgeput.aantal),
    rij(`Verjaard, niet ingevorderd (t/m ${cijfers.peildatum})`, cijfers.verjaard.aantal, euro(cijfers.verjaard.bedragCent)),
    rij('Bezwaren tegen de last', cijfers.bezwaren.tegenLast.aantal),
    rij('Bezwaren tegen invorderingsbeschikkingen', cijfers.bezwaren.tegenInvordering.aantal),
    rij('  waarvan te laat', cijfers.bezwaren.laat.aantal),
  ].join('\n');
}
