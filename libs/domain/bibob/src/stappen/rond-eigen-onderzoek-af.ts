import type { RondEigenOnderzoekAf } from '../bibob.commands';
import { UITKOMSTEN_EIGEN_ONDERZOEK, type BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';
import { verzegeld } from '../verzegelde-inhoud';

/**
 * Step 3: the gemeente's own screening (open sources, registers, police information via the RIEC)
 * ends with the degree of danger found, or with "advies nodig": the LBB is to be asked. The
 * findings are sealed; the outcome is a category others may count.
 */
export function rondEigenOnderzoekAf(command: RondEigenOnderzoekAf, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['in-onderzoek'], 'Het eigen onderzoek wordt één keer afgerond, vóór een adviesaanvraag of voornemen');
  const uitkomst = regels.keuze(command.uitkomst, UITKOMSTEN_EIGEN_ONDERZOEK, 'uitkomst-onbekend', 'uitkomst', 'uitkomst');
  const bevindingen = verzegeld(regels, command.bevindingen, 'bevindingen', 'De bevindingen van het eigen onderzoek');
  regels.volgorde(s.zaak.startdatum, command.datum, 'datum', 'Het eigen onderzoek kan niet vóór de start van de toets zijn afgerond');
  return [{ type: 'EigenOnderzoekAfgerond', zaakId: command.zaakId, uitkomst, bevindingen, datum: command.datum, door: command.door }];
}
