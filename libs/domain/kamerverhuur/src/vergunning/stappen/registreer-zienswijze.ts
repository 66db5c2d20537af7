import { registreerZienswijze as registreerAwbZienswijze, type Regels } from '@handhaving/domain-awb';
import type { RegistreerZienswijze } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/** Art. 4:8 Awb (the kernel's step): the aanvrager's zienswijze on the voornemen; one after the term is recorded, marked late. */
export function registreerZienswijze(command: RegistreerZienswijze, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['aangevraagd', 'verleend'], 'Een zienswijze volgt op een voornemen, vóór het besluit');
  if (s.voornemen === undefined) regels.weiger('geen-voornemen', 'Er is geen voornemen verzonden waarop een zienswijze kan worden gegeven', 'zaakId');
  return [registreerAwbZienswijze(regels, command, s.voornemen)];
}
