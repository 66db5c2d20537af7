import type { RegistreerVragenLbb } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/**
 * Step 4: the LBB puts questions to the betrokkene during its research (art. 15 Wet Bibob): its
 * clock, and with it the count towards the longest suspension of the beslistermijn, stands still
 * from the next day until they are answered. One set of questions open at a time.
 */
export function registreerVragenLbb(command: RegistreerVragenLbb, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['advies-gevraagd'], 'Het LBB stelt vragen terwijl het advies loopt');
  const lbb = s.onderzoek.lbb;
  if (lbb === undefined) return regels.weiger('geen-advies-gevraagd', 'Er is geen advies aan het LBB gevraagd', 'zaakId');
  const open = lbb.vragen.find((v) => v.beantwoordOp === undefined);
  if (open !== undefined) regels.weiger('vragen-lbb-al-open', `De vragen van het LBB van ${open.gesteldOp} zijn nog niet beantwoord: leg eerst het antwoord vast`, 'zaakId');
  regels.datum(command.gesteldOp, 'gesteldOp');
  regels.volgorde(lbb.verzenddatum, command.gesteldOp, 'gesteldOp', 'Het LBB stelt geen vragen vóór de adviesaanvraag');
  return [{ type: 'LbbVragenGesteld', zaakId: command.zaakId, gesteldOp: command.gesteldOp, datum: command.datum, door: command.door }];
}
