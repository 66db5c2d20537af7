import { BRONNEN, CATEGORIEEN, MELDKAMER_CATEGORIEEN, MELDPUNT_CATEGORIEEN, type Bron, type Categorie } from '@handhaving/domain-meldingen';
import type { MeldingenJaarcijfers } from '@handhaving/read-models';
import { csvDocument, type Csvcel } from '../../platform/csv/csv';

/** The sources with a table of their own in Kerkrade's chapter 6; the others share one, a row each. */
const EIGEN_TABEL: readonly Bron[] = ['meldpunt-overlast', 'meldkamer-handhaving'];

/**
 * The meldingen of a year as CSV, as Kerkrade prints them: the meldpunt overlast's table (its 9
 * columns and the total), the meldkamer handhaving's (15 and the total), then the other sources,
 * a row each over every category. Each row adds up to its `totaal`.
 */
export function meldingenCijfersAlsCsv(cijfers: MeldingenJaarcijfers): string {
  const rij = (label: Csvcel, bron: Bron, categorieen: readonly Categorie[]): Csvcel[] => [label, ...categorieen.map((c) => cijfers.perBron[bron].perCategorie[c]?.aantal ?? 0), cijfers.perBron[bron].totaal];
  const overige = BRONNEN.filter((bron) => !EIGEN_TABEL.includes(bron));
  return csvDocument([
    [`Meldingen ${cijfers.gemeente} ${cijfers.jaar}${cijfers.bekendOp ? ` (bekend op ${cijfers.bekendOp})` : ''}`],
    [],
    ['meldpunt-overlast', ...MELDPUNT_CATEGORIEEN, 'totaal'],
    rij(cijfers.jaar, 'meldpunt-overlast', MELDPUNT_CATEGORIEEN),
    [],
    ['meldkamer-handhaving', ...MELDKAMER_CATEGORIEEN, 'totaal'],
    rij(cijfers.jaar, 'meldkamer-handhaving', MELDKAMER_CATEGORIEEN),
    [],
    ['overige bronnen', ...CATEGORIEEN, 'totaal'],
    ...overige.map((bron) => rij(bron, bron, CATEGORIEEN)),
    [],
    ['alle bronnen', cijfers.totaal],
  ]);
}
