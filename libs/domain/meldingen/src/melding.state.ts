import type { Bron, Categorie, GekoppeldeZaak, Plaats, RedenVanSluiten } from './melding.events';

export interface Melding {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly bron: Bron;
  readonly categorie: Categorie;
  readonly plaats: Plaats;
  readonly meldingsdatum: string;
  /** The date of the last step: a later step may not precede it. */
  readonly laatsteDatum: string;
}

export type MeldingState =
  | { readonly status: 'onbekend' }
  | { readonly status: 'open'; readonly melding: Melding }
  | { readonly status: 'gesloten'; readonly melding: Melding; readonly reden: RedenVanSluiten; readonly zaak?: GekoppeldeZaak };
