import type { RegistreerAntwoordOpVragenLbb } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/** The betrokkene answered the LBB's questions: its clock runs again from that day (art. 15 Wet Bibob). */
export function registreerAntwoordOpVragenLbb(command: RegistreerAntwoordOpVragenLbb, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['advies-gevraagd'], 'Antwoorden op vragen van het LBB komen terwijl het advies loopt');
  const open = s.onderzoek.lbb?.vragen.find((v) => v.beantwoordOp === undefined);
  if (open === undefined) return regels.weiger('geen-open-vragen-lbb', 'Het LBB heeft geen vragen openstaan: leg eerst de vragen vast', 'zaakId');
  regels.datum(command.beantwoordOp, 'beantwoordOp');
  regels.volgorde(open.gesteldOp, command.beantwoordOp, 'beantwoordOp', `De vragen kunnen niet vóór ze op ${open.gesteldOp} werden gesteld zijn beantwoord`);
  return [{ type: 'LbbVragenBeantwoord', zaakId: command.zaakId, beantwoordOp: command.beantwoordOp, datum: command.datum, door: command.door }];
}
