import type { Regels } from '@handhaving/domain-awb';
import type { Stand } from './register.events';

/*
 * The register's state machine, as a table: from each stand, the stands a pand may move to.
 *   in-onderzoek  → vergund (a permit is found or granted), in-handhaving (rented without one),
 *                   afgevoerd (no room rental after all)
 *   vergund       → in-handhaving (rented against or beyond the permit), afgevoerd (permit
 *                   ingetrokken or vervallen, rental ended)
 *   in-handhaving → gelegaliseerd (a permit after all), afgevoerd (rental ended)
 *   gelegaliseerd → in-handhaving (violated again), afgevoerd
 *   afgevoerd     → in-onderzoek (rooms are let again: the pand comes back on the list)
 * A pand is never made `vergund` out of handhaving: that is `gelegaliseerd`; and legalised is
 * only what was in handhaving.
 */
export const REGISTER_OVERGANGEN: Readonly<Record<Stand, readonly Stand[]>> = {
  'in-onderzoek': ['vergund', 'in-handhaving', 'afgevoerd'],
  vergund: ['in-handhaving', 'afgevoerd'],
  'in-handhaving': ['gelegaliseerd', 'afgevoerd'],
  gelegaliseerd: ['in-handhaving', 'afgevoerd'],
  afgevoerd: ['in-onderzoek'],
};

export function overgangToegestaan(van: Stand, naar: Stand): boolean {
  return REGISTER_OVERGANGEN[van].includes(naar);
}

/** Refuses a move the table does not allow, naming the moves that are. */
export function controleerOvergang(regels: Regels, van: Stand, naar: Stand): void {
  if (van === naar) regels.weiger('stand-ongewijzigd', `Het pand staat al op ${van}: er is niets te wijzigen`, 'naar');
  if (!overgangToegestaan(van, naar)) {
    regels.weiger('overgang-niet-toegestaan', `Een pand met stand ${van} kan niet naar ${naar}: kies ${REGISTER_OVERGANGEN[van].join(', ')}`, 'naar');
  }
}
