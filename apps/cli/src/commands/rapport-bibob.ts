/** The Bibob figures as the API gives them (GET /api/bibob/cijfers); without the bibob role the cells hold counts only. */
interface Cel {
  readonly aantal: number;
  readonly zaakIds?: readonly string[];
}

interface OpschortingCel extends Cel {
  readonly dagen: number;
  readonly mediaanDagen: number | null;
}

export interface BibobCijfers {
  readonly gemeente: string;
  readonly periode: { readonly van: string; readonly tot: string };
  readonly bekendOp: string | null;
  readonly gestart: { readonly opSignaal: Cel; readonly opAanvraag: Cel; readonly totaal: Cel; readonly perReden: Record<string, Cel>; readonly perAanvraagtype: Record<string, Cel> };
  readonly afgerond: { readonly metBesluit: Cel; readonly zonderBesluit: Cel; readonly totaal: Cel };
  readonly lbbAdviezen: { readonly aangevraagd: Cel; readonly ontvangen: Cel };
  readonly uitkomsten: Record<string, Cel>;
  readonly opschortingen: Record<string, OpschortingCel>;
}

const UITKOMSTEN: Readonly<Record<string, string>> = {
  verleend: 'verleend',
  'verleend-onder-voorschriften': 'verleend onder voorschriften',
  geweigerd: 'geweigerd',
  ingetrokken: 'ingetrokken',
};

const OPSCHORTINGEN: Readonly<Record<string, string>> = {
  'aanvullende-stukken': 'vragenformulier / aanvullende stukken',
  'advies-lbb': 'advies Landelijk Bureau Bibob',
  'vragen-lbb': 'vragen van het LBB',
};

/** `handhaving rapport bibob` as a table for the terminal: Kerkrade's two rows first, in its words. */
export function bibobTabel(cijfers: BibobCijfers): string {
  const kop = `Bibob ${cijfers.gemeente}, ${cijfers.periode.van} t/m ${cijfers.periode.tot}${cijfers.bekendOp ? ` (zoals bekend op ${cijfers.bekendOp})` : ''}`;
  const rij = (label: string, aantal: number | string, extra = '') => `${label.padEnd(80)}${String(aantal).padStart(7)}${extra}`.trimEnd();
  const details = (cellen: Record<string, Cel>) => Object.entries(cellen).filter(([, cel]) => cel.aantal > 0).map(([naam, cel]) => rij(`  waarvan ${naam}`, cel.aantal));
  return [
    kop,
    '',
    rij('Casus opgevoerd n.a.v. signaal ondermijning', cijfers.gestart.opSignaal.aantal),
    ...details(cijfers.gestart.perReden),
    rij('Casus opgevoerd n.a.v. nieuwe vergunningaanvragen / bijschrijven leidinggevende', cijfers.gestart.opAanvraag.aantal),
    ...details(cijfers.gestart.perAanvraagtype),
    rij('Toetsen afgerond met besluit', cijfers.afgerond.metBesluit.aantal),
    rij('Toetsen afgesloten zonder besluit', cijfers.afgerond.zonderBesluit.aantal),
    rij('Advies LBB aangevraagd', cijfers.lbbAdviezen.aangevraagd.aantal),
    rij('Advies LBB ontvangen', cijfers.lbbAdviezen.ontvangen.aantal),
    ...Object.entries(UITKOMSTEN).map(([soort, naam]) => rij(`Besluit: ${naam}`, cijfers.uitkomsten[soort]?.aantal ?? 0)),
    rij('  waarvan later herzien op bezwaar', cijfers.uitkomsten['laterHerzien']?.aantal ?? 0),
    ...Object.entries(OPSCHORTINGEN).map(([reden, naam]) => {
      const cel = cijfers.opschortingen[reden];
      return rij(`Opschorting beëindigd: ${naam}`, cel?.aantal ?? 0, cel && cel.aantal > 0 ? `  ${cel.dagen} dagen, mediaan ${cel.mediaanDagen}` : '');
    }),
  ].join('\n');
}
