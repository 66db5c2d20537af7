import { stelVastDatZienswijzetermijnVerstreken as stelVastAwb } from '@handhaving/domain-awb';
import type { StelVastDatZienswijzetermijnVerstreken } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { damoclesRegels, vereis } from '../regels/vereis';

/** The zienswijzetermijn ended without a zienswijze from everyone the voornemen went to (the kernel's step). */
export function stelVastDatZienswijzetermijnVerstreken(command: StelVastDatZienswijzetermijnVerstreken, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['voornemen-verzonden'], 'Alleen een lopende zienswijzetermijn kan verstrijken');
  return [stelVastAwb(damoclesRegels(command), command, s.voornemen)];
}
