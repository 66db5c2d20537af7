import type { PandInvoer } from '@handhaving/domain-shared';

/** An address as a form gives it: loosely written, normalised by `leesPand`. */
export type AdresInvoer = Extract<PandInvoer, { readonly postcode: string }>;

export interface KoppelAdresAanPand {
  readonly type: 'KoppelAdresAanPand';
  readonly adres: AdresInvoer;
  readonly adresseerbaarObjectId: string;
  readonly gemeente: string;
  readonly datum: string;
  readonly door: string;
}

export type PandKoppelingCommand = KoppelAdresAanPand;
