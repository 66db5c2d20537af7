import { stelVastDatZienswijzetermijnVerstreken as stelVastAwb } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { StelVastDatZienswijzetermijnVerstreken } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { vereis } from '../regels/vereis';

/** The zienswijzetermijn ended without a zienswijze (the kernel's step): the last may follow. */
export function stelVastDatZienswijzetermijnVerstreken(command: StelVastDatZienswijzetermijnVerstreken, state: TrajectState): readonly TrajectEvent[] {
  const s = vereis(state, command.zaakId, ['voornemen-verzonden'], 'Alleen een lopende zienswijzetermijn kan verstrijken');
  return [stelVastAwb(kamerverhuurRegels(command), command, s.voornemen)];
}
