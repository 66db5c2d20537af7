import { leesPandIn, normalePandSleutel, pandSleutel, type PandInvoer } from '@handhaving/domain-shared';
import { nameBasedUuid } from '@handhaving/event-store';

/**
 * The register entry of a pand: named after the pand's key, so a pand is in the register once
 * (the decider refuses a second entry on the stream it finds) and a permit or traject finds its
 * pand without a lookup. An address that is no address is refused on the field that holds it.
 */
export function registerZaakId(pand: PandInvoer, veld = 'pand'): string {
  return registerZaakIdVanSleutel(pandSleutel(leesPandIn(pand, veld)));
}

/**
 * A register route names the pand's entry by its uuid or by the pand's key (`adres:6461AB-12`,
 * `bag:0928010000012345`): an import file knows the pand, not the id the API gave its entry.
 */
export function registerZaakIdUit(param: string): string {
  return /^(adres|bag):/.test(param) ? registerZaakIdVanSleutel(normalePandSleutel(param)) : param;
}

function registerZaakIdVanSleutel(sleutel: string): string {
  return nameBasedUuid('kamerverhuurregister', sleutel);
}
