import type { PandAdres } from '@handhaving/domain-shared';

/**
 * A medewerker established (from the BAG) that this address is the address of that adresseerbaar
 * object: from the moment this is recorded, finds under either key are finds in one pand.
 */
export interface AdresAanPandGekoppeld {
  readonly type: 'AdresAanPandGekoppeld';
  /** The address as `leesPand` normalised it. */
  readonly adres: PandAdres;
  /** `pandSleutel(adres)`: `adres:6461AB-12-A`. */
  readonly adresSleutel: string;
  readonly adresseerbaarObjectId: string;
  /** `pandSleutel` of the BAG id: `bag:0928010000012345`. */
  readonly bagSleutel: string;
  readonly gemeente: string;
  /** The day the link was made (YYYY-MM-DD, Europe/Amsterdam). */
  readonly datum: string;
  readonly door: string;
}

export type PandKoppelingEvent = AdresAanPandGekoppeld;
