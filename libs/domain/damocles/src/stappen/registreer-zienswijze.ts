import { registreerZienswijze as registreerAwbZienswijze } from '@handhaving/domain-awb';
import type { RegistreerZienswijze } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 4:8 Awb (the kernel's step): a zienswijze on the voornemen, from one of those it went to. */
export function registreerZienswijze(command: RegistreerZienswijze, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['voornemen-verzonden', 'gereed-voor-besluit'], 'Een zienswijze volgt op een verzonden voornemen, vóór het besluit');
  return [registreerAwbZienswijze(damoclesRegels(command), command, s.voornemen)];
}
