/*
 * `handhaving rapport flexteam`: the flexteam figures of a year (GET /api/flexteam/cijfers), as the
 * API gives them (the read model `flexteam.cijfers`, libs/read-models/src/flexteam/); only the fields
 * printed here are declared. Counting rules: docs/cijfers.md, "Flexteam".
 */

interface Cel {
  readonly aantal: number;
  readonly panden?: readonly string[];
  readonly zaakIds?: readonly string[];
}

/** GET /api/flexteam/cijfers: the `FlexteamCijfers` of @handhaving/read-models. */
export interface FlexteamCijfers {
  readonly gemeente: string;
  readonly jaar: number;
  readonly bekendOp: string | null;
  readonly controles: { readonly uitgevoerd: Cel; readonly geannuleerd: Cel };
  readonly adressen: { readonly bezocht: Cel; readonly gepland: Cel; readonly opDeDagToegevoegd: Cel; readonly metToegang: Cel; readonly toegangPercentage: number | null };
  readonly bevindingen: Readonly<Record<string, Cel>>;
  readonly vervolg: { readonly gestart: Readonly<Record<string, Cel>> & { readonly totaal: Cel }; readonly afgezien: Cel };
  /** Per context, per bucket (and `nogGeenJaar`): where the follow-ups stood a year after their control. */
  readonly naEenJaar: Readonly<Record<string, Readonly<Record<string, Cel>>>>;
}

/** The follow-up contexts in the report's words. */
const CONTEXTEN: Readonly<Record<string, string>> = {
  kamerverhuurtraject: 'handhavingstraject kamerverhuur',
  damocles: 'Damocles',
  verzoek: 'verzoek aan BRP of bouw- en woningtoezicht',
  melding: 'melding',
  dwangsom: 'last onder dwangsom',
};

/**
 * `handhaving rapport flexteam` as a table for the terminal: the controls and addresses, access,
 * the findings found, and per context the follow-ups started with where they stood a year later
 * (buckets that are empty left out, but for the follow-ups whose year is not over).
 */
export function flexteamTabel(cijfers: FlexteamCijfers): string {
  const rij = (label: string, aantal: number | string) => `${label.padEnd(56)}${String(aantal).padStart(8)}`.trimEnd();
  const { controles: c, adressen: a, vervolg: v } = cijfers;
  const toegang = a.toegangPercentage === null ? '-' : `${String(a.toegangPercentage).replace('.', ',')} %`;
  const perContext = Object.entries(v.gestart)
    .filter(([context]) => context !== 'totaal')
    .flatMap(([context, gestart]) => {
      const standen = Object.entries(cijfers.naEenJaar[context] ?? {}).filter(([stand, cel]) => cel.aantal > 0 && stand !== 'nogGeenJaar');
      const nogNiet = cijfers.naEenJaar[context]?.['nogGeenJaar']?.aantal ?? 0;
      return [
        rij(`  ${CONTEXTEN[context] ?? context}`, gestart.aantal),
        ...standen.map(([stand, cel]) => rij(`    na een jaar: ${stand}`, cel.aantal)),
        ...(nogNiet > 0 ? [rij('    na een jaar: nog geen jaar verstreken', nogNiet)] : []),
      ];
    });
  return [
    `Flexteam ${cijfers.gemeente}, ${cijfers.jaar}${cijfers.bekendOp ? ` (zoals bekend op ${cijfers.bekendOp})` : ''}`,
    '',
    rij('Controles uitgevoerd', c.uitgevoerd.aantal),
    rij('Controles geannuleerd', c.geannuleerd.aantal),
    rij('Adressen bezocht', a.bezocht.aantal),
    rij('  waarvan gepland', a.gepland.aantal),
    rij('  waarvan op de dag toegevoegd', a.opDeDagToegevoegd.aantal),
    rij('Toegang', `${a.metToegang.aantal} (${toegang})`),
    '',
    rij('Bevindingen', ''),
    ...Object.entries(cijfers.bevindingen).map(([bevinding, cel]) => rij(`  ${bevinding}`, cel.aantal)),
    '',
    rij('Vervolg gestart', v.gestart.totaal.aantal),
    ...perContext,
    rij('Vervolg afgezien', v.afgezien.aantal),
  ].join('\n');
}
