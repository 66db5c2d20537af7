import type { AwbStap } from '@handhaving/domain-awb';
import type { Pand, PandInvoer } from '@handhaving/domain-shared';
import type { Bron, Categorie, GekoppeldeZaak, RedenVanSluiten } from './melding.events';
import type { VerzegeldeInhoud } from './verzegelde-inhoud';

/*
 * Every command carries the domain date of its step (`datum`), who gives it (`door`) and the day
 * it is recorded (`vandaag`, set by the API): the decider reads no clock.
 */

export type GevraagdePlaats = { readonly soort: 'pand'; readonly pand: PandInvoer | Pand } | { readonly soort: 'gebied'; readonly omschrijving: string };

export interface RegistreerMelding extends AwbStap {
  readonly type: 'RegistreerMelding';
  readonly gemeente: string;
  readonly bron: Bron;
  readonly categorie: Categorie;
  readonly plaats: GevraagdePlaats;
  readonly meldingsdatum: string;
  readonly omschrijving?: VerzegeldeInhoud;
}

/** A melding about an area, or an address, later found to be about this pand. */
export interface KoppelAanPand extends AwbStap {
  readonly type: 'KoppelAanPand';
  readonly pand: PandInvoer | Pand;
}

export interface SluitMelding extends AwbStap {
  readonly type: 'SluitMelding';
  readonly reden: RedenVanSluiten;
  /** The case the melding was taken into; required with `opgenomen-in-zaak`, refused otherwise. */
  readonly zaak?: GekoppeldeZaak;
}

export type MeldingCommand = RegistreerMelding | KoppelAanPand | SluitMelding;
