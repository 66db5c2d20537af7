import { registreerZienswijze as registreerAwbZienswijze } from '@handhaving/domain-awb';
import type { RegistreerZienswijze } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereis } from '../regels/vereis';

/** Art. 4:8 Awb (the kernel's step): the overtreder's zienswijze on the voornemen; one after the term is recorded, marked late. */
export function registreerZienswijze(command: RegistreerZienswijze, state: DwangsomState): readonly DwangsomEvent[] {
  const s = vereis(state, command.zaakId, ['voornemen-verzonden', 'gereed-voor-besluit'], 'Een zienswijze volgt op een verzonden voornemen, vóór de last');
  return [registreerAwbZienswijze(dwangsomRegels(command), command, s.voornemen)];
}
