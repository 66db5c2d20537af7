import type { DamoclesCijfers } from '@handhaving/read-models';

/**
 * The Kerkrade table as CSV for a spreadsheet: semicolons (what Dutch spreadsheet settings
 * expect), harddrugs warnings as "n.v.t." since the law allows none — unless a correction made
 * the find of a warned case harddrugs afterwards: then the number, so the row still adds up.
 * Beneath the closures, how many of them were revoked on bezwaar since (docs/cijfers.md, rule 7).
 */
export function cijfersAlsCsv(cijfers: DamoclesCijfers & { readonly opmerkingen?: readonly string[] }): string {
  const rij = (cellen: Array<string | number>): string => cellen.map((cel) => (/[;"\n]/.test(String(cel)) ? `"${String(cel).replace(/"/g, '""')}"` : String(cel))).join(';');
  const periode = `${cijfers.periode.van} t/m ${cijfers.periode.tot}`;
  const s = cijfers.sluitingsbesluiten;
  return [
    rij([`Damocles ${cijfers.gemeente} ${periode}${cijfers.bekendOp ? ` (bekend op ${cijfers.bekendOp})` : ''}`, 'softdrugs', 'harddrugs', 'attributen', 'totaal']),
    rij(['Sluitingsbesluit', s.softdrugs.aantal, s.harddrugs.aantal, s.attributen.aantal, s.totaal.aantal]),
    // Rule 7: revoked on bezwaar since, still counted in the row above (they went out); always present, so a sheet's rows stay put.
    rij(['waarvan later herroepen', s.softdrugs.laterHerroepen.aantal, s.harddrugs.laterHerroepen.aantal, s.attributen.laterHerroepen.aantal, s.totaal.laterHerroepen.aantal]),
    rij(['Waarschuwing', cijfers.waarschuwingen.softdrugs.aantal, cijfers.waarschuwingen.harddrugs.aantal || 'n.v.t.', cijfers.waarschuwingen.attributen.aantal, cijfers.waarschuwingen.totaal.aantal]),
    rij(['Ontvangen rapportages', '', '', '', cijfers.rapportagesOntvangen.aantal]),
    rij(['Recidive', '', '', '', cijfers.recidive.aantal]),
    // What the figures rest on besides the counting rules (e.g. a find from before the first policy).
    ...(cijfers.opmerkingen ?? []).map((opmerking) => rij(['Opmerking', opmerking])),
  ].join('\r\n') + '\r\n';
}
