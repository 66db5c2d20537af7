import { registreerZienswijze as registreerAwbZienswijze } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { RegistreerZienswijze } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { vereis } from '../regels/vereis';

/** Art. 4:8 Awb (the kernel's step): the overtreder's zienswijze on the voornemen; one after the term is recorded, marked late. */
export function registreerZienswijze(command: RegistreerZienswijze, state: TrajectState): readonly TrajectEvent[] {
  const s = vereis(state, command.zaakId, ['voornemen-verzonden', 'gereed-voor-besluit'], 'Een zienswijze volgt op een verzonden voornemen, vóór de last');
  return [registreerAwbZienswijze(kamerverhuurRegels(command), command, s.voornemen)];
}
