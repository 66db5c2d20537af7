import { AANVRAAGTYPEN, BESLUITUITKOMSTEN, REDENEN_VAN_OPSCHORTING, SIGNAALREDENEN } from '@handhaving/domain-bibob';
import type { BibobAantallen } from '@handhaving/read-models';
import { csvRij } from '../../../platform/csv/csv';

/** Kerkrade's words for its two rows ("opgevoerde drugspanden", Uitvoeringsplan): the totals on a signal and on an aanvraag. */
export const KERKRADE_RIJEN = {
  opSignaal: 'Casus opgevoerd n.a.v. signaal ondermijning',
  opAanvraag: 'Casus opgevoerd n.a.v. nieuwe vergunningaanvragen / bijschrijven leidinggevende',
} as const;

/** The Bibob figures as CSV for a spreadsheet: semicolons, counts only (a spreadsheet is shared; the toetsen behind a cell are not). */
export function bibobCijfersAlsCsv(cijfers: BibobAantallen): string {
  const periode = `${cijfers.periode.van} t/m ${cijfers.periode.tot}`;
  const { gestart, afgerond, lbbAdviezen, uitkomsten, opschortingen } = cijfers;
  return (
    [
      csvRij([`Bibob ${cijfers.gemeente} ${periode}${cijfers.bekendOp ? ` (bekend op ${cijfers.bekendOp})` : ''}`, 'aantal', 'dagen', 'mediaan dagen']),
      csvRij([KERKRADE_RIJEN.opSignaal, gestart.opSignaal.aantal, '', '']),
      ...SIGNAALREDENEN.map((r) => csvRij([`  waarvan ${r}`, gestart.perReden[r].aantal, '', ''])),
      csvRij([KERKRADE_RIJEN.opAanvraag, gestart.opAanvraag.aantal, '', '']),
      ...AANVRAAGTYPEN.map((a) => csvRij([`  waarvan ${a}`, gestart.perAanvraagtype[a].aantal, '', ''])),
      csvRij(['Toetsen gestart: totaal', gestart.totaal.aantal, '', '']),
      csvRij(['Toetsen afgerond met besluit', afgerond.metBesluit.aantal, '', '']),
      csvRij(['Toetsen afgesloten zonder besluit', afgerond.zonderBesluit.aantal, '', '']),
      csvRij(['Advies LBB aangevraagd', lbbAdviezen.aangevraagd.aantal, '', '']),
      csvRij(['Advies LBB ontvangen', lbbAdviezen.ontvangen.aantal, '', '']),
      ...BESLUITUITKOMSTEN.map((u) => csvRij([`Besluit: ${u}`, uitkomsten[u].aantal, '', ''])),
      csvRij(['  waarvan later herzien op bezwaar', uitkomsten.laterHerzien.aantal, '', '']),
      ...REDENEN_VAN_OPSCHORTING.map((r) => csvRij([`Opschorting beëindigd: ${r}`, opschortingen[r].aantal, opschortingen[r].dagen, opschortingen[r].mediaanDagen ?? ''])),
    ].join('\r\n') + '\r\n'
  );
}
