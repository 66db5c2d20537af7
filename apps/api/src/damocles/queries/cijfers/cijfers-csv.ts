import type { DamoclesCijfers } from '@handhaving/read-models';
import { csvRij } from '../../../platform/csv/csv';

/**
 * The Kerkrade table as CSV for a spreadsheet: semicolons (what Dutch spreadsheet settings
 * expect), harddrugs warnings as "n.v.t." since the law allows none — unless a correction made
 * the find of a warned case harddrugs afterwards: then the number, so the row still adds up.
 * Beneath the closures, how many of them were revoked on bezwaar since (docs/cijfers.md, rule 7).
 */
export function cijfersAlsCsv(cijfers: DamoclesCijfers & { readonly opmerkingen?: readonly string[] }): string {
  const periode = `${cijfers.periode.van} t/m ${cijfers.periode.tot}`;
  const s = cijfers.sluitingsbesluiten;
  return [
    csvRij([`Damocles ${cijfers.gemeente} ${periode}${cijfers.bekendOp ? ` (bekend op ${cijfers.bekendOp})` : ''}`, 'softdrugs', 'harddrugs', 'attributen', 'totaal']),
    csvRij(['Sluitingsbesluit', s.softdrugs.aantal, s.harddrugs.aantal, s.attributen.aantal, s.totaal.aantal]),
    // Rule 7: revoked on bezwaar since, still counted in the row above (they went out); always present, so a sheet's rows stay put.
    csvRij(['waarvan later herroepen', s.softdrugs.laterHerroepen.aantal, s.harddrugs.laterHerroepen.aantal, s.attributen.laterHerroepen.aantal, s.totaal.laterHerroepen.aantal]),
    csvRij(['Waarschuwing', cijfers.waarschuwingen.softdrugs.aantal, cijfers.waarschuwingen.harddrugs.aantal || 'n.v.t.', cijfers.waarschuwingen.attributen.aantal, cijfers.waarschuwingen.totaal.aantal]),
    csvRij(['Ontvangen rapportages', '', '', '', cijfers.rapportagesOntvangen.aantal]),
    csvRij(['Recidive', '', '', '', cijfers.recidive.aantal]),
    // What the figures rest on besides the counting rules (e.g. a find from before the first policy).
    ...(cijfers.opmerkingen ?? []).map((opmerking) => csvRij(['Opmerking', opmerking])),
  ].join('\r\n') + '\r\n';
}
