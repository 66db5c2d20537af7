import { BRONNEN, MELDKAMER_CATEGORIEEN, MELDPUNT_CATEGORIEEN, type Bron, type Categorie } from '@handhaving/domain-meldingen';

/*
 * `handhaving rapport meldingen`: Kerkrade's two chapter-6 tables, "Cijfers meldpunt overlast" and
 * "Cijfers meldkamer handhaving", for one year, and the other sources below them, from
 * GET /api/meldingen/cijfers (the read model `meldingen.cijfers`, libs/read-models/src/meldingen/).
 * Only the fields printed here are declared. Counting rules: docs/cijfers.md, "Meldingen".
 */

interface Cel {
  readonly aantal: number;
  readonly zaakIds?: readonly string[];
}

/** GET /api/meldingen/cijfers: the `MeldingenJaarcijfers` of @handhaving/read-models. */
export interface MeldingenCijfers {
  readonly gemeente: string;
  readonly jaar: number;
  readonly bekendOp: string | null;
  readonly perBron: { readonly [B in Bron]?: { readonly perCategorie: { readonly [C in Categorie]?: Cel }; readonly totaal: number } };
  readonly totaal: number;
}

const BRONNAMEN: Readonly<Record<Bron, string>> = {
  'meldpunt-overlast': 'Cijfers meldpunt overlast',
  'meldkamer-handhaving': 'Cijfers meldkamer handhaving',
  politie: 'Politie',
  riec: 'RIEC',
  brp: 'Afwijking in de BRP',
  'eerdere-zaak': 'Eerdere zaak',
};

/** A category as Kerkrade heads its column: `overlast-verkeer-en-of-parkeren` is "Overlast verkeer en/of parkeren". */
export function categorienaam(categorie: Categorie): string {
  const woorden = categorie.replace(/-en-of-/g, ' en/of ').replace(/-/g, ' ');
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

/**
 * The year's meldingen as tables for the terminal: the meldpunt's nine columns and the meldkamer's
 * fifteen as rows with their totals, as Kerkrade prints them (a column per year there, one year
 * here); then every other source with its total and the categories it used.
 */
export function meldingenTabel(cijfers: MeldingenCijfers): string {
  const rij = (label: string, aantal: number | string) => `${label.padEnd(50)}${String(aantal).padStart(8)}`;
  const tabel = (bron: Bron, categorieen: readonly Categorie[]) => [
    rij(BRONNAMEN[bron], cijfers.jaar),
    ...categorieen.map((c) => rij(categorienaam(c), cijfers.perBron[bron]?.perCategorie[c]?.aantal ?? 0)),
    rij('Totaal', cijfers.perBron[bron]?.totaal ?? 0),
    '',
  ];
  const andere = BRONNEN.filter((bron) => bron !== 'meldpunt-overlast' && bron !== 'meldkamer-handhaving').flatMap((bron) => [
    rij(BRONNAMEN[bron], cijfers.perBron[bron]?.totaal ?? 0),
    ...Object.entries(cijfers.perBron[bron]?.perCategorie ?? {})
      .filter(([, cel]) => (cel?.aantal ?? 0) > 0)
      .map(([categorie, cel]) => rij(`  ${categorienaam(categorie as Categorie).toLowerCase()}`, cel?.aantal ?? 0)),
  ]);
  return [
    `Meldingen ${cijfers.gemeente}, ${cijfers.jaar}${cijfers.bekendOp ? ` (zoals bekend op ${cijfers.bekendOp})` : ''}`,
    '',
    ...tabel('meldpunt-overlast', MELDPUNT_CATEGORIEEN),
    ...tabel('meldkamer-handhaving', MELDKAMER_CATEGORIEEN),
    rij('Andere bronnen', cijfers.jaar),
    ...andere,
    '',
    rij('Alle bronnen', cijfers.totaal),
  ].join('\n');
}
