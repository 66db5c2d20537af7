import { leesPand, pandSleutel, type PandInvoer } from '@handhaving/domain-shared';

/**
 * The register entry of one pand: zaakId `pand-{pandSleutel}`, so its stream is
 * `kamerverhuur-pand-{pandSleutel}` (e.g. `kamerverhuur-pand-bag:0928010000012345`). Keyed by the
 * pand rather than a random id: a pand is in the register once, and the event store's check that
 * a new stream does not exist yet refuses a second entry for it without a lookup. The `pand-`
 * part keeps room for the context's other streams (vergunningen, handhavingstrajecten) later.
 */
export function kamerverhuurPandZaakId(pand: PandInvoer): string {
  return `pand-${pandSleutel(leesPand(pand))}`;
}
