import { BEVINDINGEN, VERVOLGCONTEXTEN } from '@handhaving/domain-flexteam';
import { STANDEN, type FlexteamCijfers } from '@handhaving/read-models';
import { csvDocument, type Csvcel } from '../../platform/csv/csv';

/**
 * The flexteam figures of a year as CSV: a row per figure, its number in the second column; the
 * access rate with a decimal comma, as a Dutch spreadsheet reads it. The stand a year later
 * follows each context's follow-ups started, one row per bucket, so those rows add up to it.
 */
export function flexteamCijfersAlsCsv(cijfers: FlexteamCijfers): string {
  const rij = (label: string, aantal: number | string): Csvcel[] => [label, aantal];
  const a = cijfers.adressen;
  return csvDocument([
    [`Flexteam ${cijfers.gemeente} ${cijfers.jaar}${cijfers.bekendOp ? ` (bekend op ${cijfers.bekendOp})` : ''}`, 'aantal'],
    rij('Controles uitgevoerd', cijfers.controles.uitgevoerd.aantal),
    rij('Controles geannuleerd', cijfers.controles.geannuleerd.aantal),
    rij('Adressen bezocht', a.bezocht.aantal),
    rij('waarvan gepland', a.gepland.aantal),
    rij('waarvan op de dag toegevoegd', a.opDeDagToegevoegd.aantal),
    rij('Adressen met toegang', a.metToegang.aantal),
    rij('Toegang (%)', a.toegangPercentage === null ? '' : String(a.toegangPercentage).replace('.', ',')),
    ...BEVINDINGEN.map((b) => rij(`Bevinding: ${b}`, cijfers.bevindingen[b].aantal)),
    rij('Vervolg gestart', cijfers.vervolg.gestart.totaal.aantal),
    rij('Vervolg afgezien', cijfers.vervolg.afgezien.aantal),
    ...VERVOLGCONTEXTEN.flatMap((context) => {
      const naEenJaar: Readonly<Record<string, { readonly aantal: number }>> = cijfers.naEenJaar[context];
      return [
        rij(`Vervolg gestart: ${context}`, cijfers.vervolg.gestart[context].aantal),
        ...[...STANDEN[context], 'nogGeenJaar'].map((stand) => rij(`na een jaar: ${stand === 'nogGeenJaar' ? 'nog geen jaar verstreken' : stand}`, naEenJaar[stand]?.aantal ?? 0)),
      ];
    }),
  ]);
}
