import { pandSleutel } from '@handhaving/domain-shared';
import type { KoppelAanPand } from '../melding.commands';
import type { MeldingEvent } from '../melding.events';
import type { MeldingState } from '../melding.state';
import { geregistreerdOp, meldingRegels, pandIn, vereisOpen } from '../regels/melding-regels';

/**
 * A melding about an area, or an address, is found to be about this pand (the BAG id behind an
 * address, a house in the street named): linked, so the address dossier and recidive meet it.
 */
export function koppelAanPand(command: KoppelAanPand, state: MeldingState): readonly MeldingEvent[] {
  const regels = meldingRegels(command);
  const melding = vereisOpen(regels, state, command.zaakId);
  const pand = pandIn(command.pand, 'pand');
  if (melding.plaats.soort === 'pand' && pandSleutel(melding.plaats.pand) === pandSleutel(pand)) {
    regels.weiger('al-gekoppeld', `Melding ${command.zaakId} gaat al over ${pandSleutel(pand)}`, 'pand');
  }
  regels.volgorde(melding.laatsteDatum, command.datum, 'datum', 'De koppeling volgt op de vorige stap van de melding');
  return [{ type: 'MeldingAanPandGekoppeld', zaakId: command.zaakId, pand, datum: command.datum, door: command.door, geregistreerdOp: geregistreerdOp(command) }];
}
