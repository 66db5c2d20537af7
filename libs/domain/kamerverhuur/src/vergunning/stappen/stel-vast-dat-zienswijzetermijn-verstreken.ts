import { stelVastDatZienswijzetermijnVerstreken as stelVastAwb, zienswijzefaseAfgerond, type Regels } from '@handhaving/domain-awb';
import type { StelVastDatZienswijzetermijnVerstreken } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/** The zienswijzetermijn ended without a zienswijze from the aanvrager (the kernel's step): the besluit may follow. */
export function stelVastDatZienswijzetermijnVerstreken(command: StelVastDatZienswijzetermijnVerstreken, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['aangevraagd', 'verleend'], 'Alleen een lopende zienswijzetermijn kan verstrijken');
  if (s.voornemen === undefined) regels.weiger('geen-voornemen', 'Er is geen voornemen verzonden, dus geen zienswijzetermijn die kan verstrijken', 'zaakId');
  if (zienswijzefaseAfgerond(s.voornemen)) regels.weiger('zienswijzefase-al-afgerond', 'De zienswijzefase is al afgerond: de zienswijze kwam binnen of het verstrijken is al vastgesteld', 'zaakId');
  return [stelVastAwb(regels, command, s.voornemen)];
}
