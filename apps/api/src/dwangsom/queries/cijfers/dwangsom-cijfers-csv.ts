import { GRONDSLAGEN } from '@handhaving/domain-dwangsom';
import type { DwangsomCijfers } from '@handhaving/read-models';

/** Euros with a decimal comma, as a Dutch spreadsheet reads them. */
function euro(cent: number): string {
  return `${Math.trunc(cent / 100)},${String(Math.abs(cent) % 100).padStart(2, '0')}`;
}

/** The dwangsom figures as CSV for a spreadsheet: semicolons, amounts in euros with a decimal comma. */
export function dwangsomCijfersAlsCsv(cijfers: DwangsomCijfers): string {
  const rij = (cellen: Array<string | number>): string => cellen.map((cel) => (/[;"\n]/.test(String(cel)) ? `"${String(cel).replace(/"/g, '""')}"` : String(cel))).join(';');
  const periode = `${cijfers.periode.van} t/m ${cijfers.periode.tot}`;
  return (
    [
      rij([`Dwangsom ${cijfers.gemeente} ${periode}${cijfers.bekendOp ? ` (bekend op ${cijfers.bekendOp})` : ''}`, 'aantal', 'bedrag (EUR)']),
      ...GRONDSLAGEN.map((g) => rij([`Lasten opgelegd: ${g}`, cijfers.lastenOpgelegd[g].aantal, ''])),
      rij(['Lasten opgelegd: totaal', cijfers.lastenOpgelegd.totaal.aantal, '']),
      rij(['Dwangsommen aan drugsdealers', cijfers.lastenAanDrugsdealers.aantal, '']),
      rij(['Verbeurd', cijfers.verbeuringen.aantal, euro(cijfers.verbeuringen.bedragCent)]),
      rij(['Geïnd', cijfers.geind.aantal, euro(cijfers.geind.bedragCent)]),
      rij(['Lasten uitgeput', cijfers.lastenUitgeput.aantal, '']),
      rij(['Verjaard (verloren)', cijfers.verjaard.aantal, euro(cijfers.verjaard.bedragCent)]),
      rij(['Bezwaren tegen de last', cijfers.bezwaren.tegenLast.aantal, '']),
      rij(['Bezwaren tegen invorderingsbeschikkingen', cijfers.bezwaren.tegenInvordering.aantal, '']),
      rij(['Waarvan te laat', cijfers.bezwaren.laat.aantal, '']),
    ].join('\r\n') + '\r\n'
  );
}
