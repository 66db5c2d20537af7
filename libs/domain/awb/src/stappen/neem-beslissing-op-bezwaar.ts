import type { Regels } from '../regels';
import { eindeVan } from '../gestelde-termijnen';

export const BEZWAARUITKOMSTEN = ['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const;
export type Bezwaaruitkomst = (typeof BEZWAARUITKOMSTEN)[number];

/** The fields every context's BeslissingOpBezwaarGenomen carries besides its own consequence. */
export interface Beslissing {
  readonly uitkomst: Bezwaaruitkomst;
  readonly bekendmakingsdatum: string;
  /** Art. 6:7, 6:8 Awb: six weeks from the day after the beslissing op bezwaar was made known. */
  readonly beroepstermijnEinde: string;
}

/**
 * Art. 7:11 Awb: the decision on a registered, undecided bezwaar; `toegestaan` are the outcomes
 * the context knows. The beroepstermijn starts with its bekendmaking.
 */
export function neemBeslissingOpBezwaar<U extends Bezwaaruitkomst>(
  regels: Regels,
  command: { readonly uitkomst: U; readonly bekendmakingsdatum: string },
  bezwaar: { readonly naam: string; readonly ontvangstdatum?: string; readonly beslist: boolean } | undefined,
  toegestaan: readonly U[],
  veld = 'zaakId',
): Beslissing & { readonly uitkomst: U } {
  if (bezwaar?.ontvangstdatum === undefined) regels.weiger('geen-bezwaar', `Er is geen bezwaar tegen ${bezwaar?.naam ?? 'het besluit'} om op te beslissen`, veld);
  if (bezwaar.beslist) regels.weiger('bezwaar-al-beslist', `Op het bezwaar tegen ${bezwaar.naam} is al beslist`, veld);
  const uitkomst = regels.keuze(command.uitkomst, toegestaan, 'uitkomst-onbekend', 'uitkomst', 'uitkomst');
  regels.bekendmakingsdatum(command.bekendmakingsdatum, 'bekendmakingsdatum');
  regels.volgorde(bezwaar.ontvangstdatum, command.bekendmakingsdatum, 'bekendmakingsdatum', 'De beslissing op bezwaar kan niet vóór de ontvangst van het bezwaar zijn bekendgemaakt');
  return {
    uitkomst,
    bekendmakingsdatum: command.bekendmakingsdatum,
    beroepstermijnEinde: eindeVan(regels, { soort: 'beroepstermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
  };
}
