import { AANVRAAGTYPEN, BESLUITUITKOMSTEN, REDENEN_VAN_OPSCHORTING, SIGNAALREDENEN } from '@handhaving/domain-bibob';
import type { BibobAantallen } from '@handhaving/read-models';

/** Kerkrade's words for its two rows ("opgevoerde drugspanden", Uitvoeringsplan): the totals on a signal and on an aanvraag. */
export const KERKRADE_RIJEN = {
  opSignaal: 'Casus opgevoerd n.a.v. signaal ondermijning',
  opAanvraag: 'Casus opgevoerd n.a.v. nieuwe vergunningaanvragen / bijschrijven leidinggevende',
} as const;

/** The Bibob figures as CSV for a spreadsheet: semicolons, counts only (a spreadsheet is shared; the toetsen behind a cell are not). */
export function bibobCijfersAlsCsv(cijfers: BibobAantallen): string {
  const rij = (cellen: Array<string | number>): string => cellen.map((cel) => (/[;"\n]/.test(String(cel)) ? `"${String(cel).replace(/"/g, '""')}"` : String(cel))).join(';');
  const periode = `${cijfers.periode.van} t/m ${cijfers.periode.tot}`;
  const { gestart, afgerond, lbbAdviezen, uitkomsten, opschortingen } = cijfers;
  return (
    [
      rij([`Bibob ${cijfers.gemeente} ${periode}${cijfers.bekendOp ? ` (bekend op ${cijfers.bekendOp})` : ''}`, 'aantal', 'dagen', 'mediaan dagen']),
      rij([KERKRADE_RIJEN.opSignaal, gestart.opSignaal.aantal, '', '']),
      ...SIGNAALREDENEN.map((r) => rij([`  waarvan ${r}`, gestart.perReden[r].aantal, '', ''])),
      rij([KERKRADE_RIJEN.opAanvraag, gestart.opAanvraag.aantal, '', '']),
      ...AANVRAAGTYPEN.map((a) => rij([`  waarvan ${a}`, gestart.perAanvraagtype[a].aantal, '', ''])),
      rij(['Toetsen gestart: totaal', gestart.totaal.aantal, '', '']),
      rij(['Toetsen afgerond met besluit', afgerond.metBesluit.aantal, '', '']),
      rij(['Toetsen afgesloten zonder besluit', afgerond.zonderBesluit.aantal, '', '']),
      rij(['Advies LBB aangevraagd', lbbAdviezen.aangevraagd.aantal, '', '']),
      rij(['Advies LBB ontvangen', lbbAdviezen.ontvangen.aantal, '', '']),
      ...BESLUITUITKOMSTEN.map((u) => rij([`Besluit: ${u}`, uitkomsten[u].aantal, '', ''])),
      rij(['  waarvan later herzien op bezwaar', uitkomsten.laterHerzien.aantal, '', '']),
      ...REDENEN_VAN_OPSCHORTING.map((r) => rij([`Opschorting beëindigd: ${r}`, opschortingen[r].aantal, opschortingen[r].dagen, opschortingen[r].mediaanDagen ?? ''])),
    ].join('\r\n') + '\r\n'
  );
}
