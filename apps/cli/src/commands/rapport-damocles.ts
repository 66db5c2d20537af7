/** The Damocles table as the API gives it (GET /api/damocles/cijfers). */
interface Cel {
  readonly aantal: number;
  readonly zaakIds: readonly string[];
}

type Rij<C extends Cel = Cel> = Record<'softdrugs' | 'harddrugs' | 'attributen' | 'totaal', C>;

export interface DamoclesCijfers {
  readonly gemeente: string;
  readonly periode: { readonly van: string; readonly tot: string };
  readonly bekendOp: string | null;
  /** Every closure that went out, each cell with those of them revoked on bezwaar since (docs/cijfers.md, rule 7). */
  readonly sluitingsbesluiten: Rij<Cel & { readonly laterHerroepen: Cel }>;
  readonly waarschuwingen: Rij;
  readonly rapportagesOntvangen: Cel;
  readonly recidive: Cel;
  /** What the figures rest on besides the counting rules (e.g. a find from before the first policy). */
  readonly opmerkingen?: readonly string[];
}

/** The table as Kerkrade's Uitvoeringsplan prints it, for a terminal. */
export function damoclesTabel(cijfers: DamoclesCijfers): string {
  const kop = `Damocles ${cijfers.gemeente}, ${cijfers.periode.van} t/m ${cijfers.periode.tot}${cijfers.bekendOp ? ` (zoals bekend op ${cijfers.bekendOp})` : ''}`;
  const rij = (label: string, cellen: Array<string | number>) => [label.padEnd(25), ...cellen.map((cel) => String(cel).padStart(11))].join('');
  const s = cijfers.sluitingsbesluiten;
  const w = cijfers.waarschuwingen;
  return [
    kop,
    '',
    rij('', ['softdrugs', 'harddrugs', 'attributen', 'totaal']),
    rij('Sluitingsbesluit', [s.softdrugs.aantal, s.harddrugs.aantal, s.attributen.aantal, s.totaal.aantal]),
    // Rule 7: a closure revoked on bezwaar went out all the same; it stays in the row above and is shown here beside it.
    rij('  waarvan later herroepen', [s.softdrugs.laterHerroepen.aantal, s.harddrugs.laterHerroepen.aantal, s.attributen.laterHerroepen.aantal, s.totaal.laterHerroepen.aantal]),
    // "n.v.t.": the law allows no warning for harddrugs; a number only when a later correction made a warned find harddrugs.
    rij('Waarschuwing', [w.softdrugs.aantal, w.harddrugs.aantal || 'n.v.t.', w.attributen.aantal, w.totaal.aantal]),
    '',
    `Ontvangen rapportages vedomi-panden: ${cijfers.rapportagesOntvangen.aantal}`,
    `Recidive (eerdere vondst in hetzelfde pand binnen de beleidstermijn): ${cijfers.recidive.aantal}`,
    ...(cijfers.opmerkingen ?? []).map((opmerking) => `Opmerking: ${opmerking}`),
  ].join('\n');
}
