import { GRONDSLAGEN } from '@handhaving/domain-dwangsom';
import type { DwangsomCijfers } from '@handhaving/read-models';
import { csvRij, euro } from '../../../platform/csv/csv';

/** The dwangsom figures as CSV for a spreadsheet: semicolons, amounts in euros with a decimal comma. */
export function dwangsomCijfersAlsCsv(cijfers: DwangsomCijfers): string {
  const periode = `${cijfers.periode.van} t/m ${cijfers.periode.tot}`;
  return (
    [
      csvRij([`Dwangsom ${cijfers.gemeente} ${periode}${cijfers.bekendOp ? ` (bekend op ${cijfers.bekendOp})` : ''}`, 'aantal', 'bedrag (EUR)']),
      ...GRONDSLAGEN.map((g) => csvRij([`Lasten opgelegd: ${g}`, cijfers.lastenOpgelegd[g].aantal, ''])),
      csvRij(['Lasten opgelegd: totaal', cijfers.lastenOpgelegd.totaal.aantal, '']),
      csvRij(['Dwangsommen aan drugsdealers', cijfers.lastenAanDrugsdealers.aantal, '']),
      csvRij(['Verbeurd', cijfers.verbeuringen.aantal, euro(cijfers.verbeuringen.bedragCent)]),
      csvRij(['Geïnd', cijfers.geind.aantal, euro(cijfers.geind.bedragCent)]),
      csvRij(['Lasten uitgeput', cijfers.lastenUitgeput.aantal, '']),
      csvRij(['Verjaard (verloren)', cijfers.verjaard.aantal, euro(cijfers.verjaard.bedragCent)]),
      csvRij(['Bezwaren tegen de last', cijfers.bezwaren.tegenLast.aantal, '']),
      csvRij(['Bezwaren tegen invorderingsbeschikkingen', cijfers.bezwaren.tegenInvordering.aantal, '']),
      csvRij(['Waarvan te laat', cijfers.bezwaren.laat.aantal, '']),
    ].join('\r\n') + '\r\n'
  );
}
