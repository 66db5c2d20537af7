import { stelVastDatZienswijzetermijnVerstreken as stelVastAwb } from '@handhaving/domain-awb';
import type { StelVastDatZienswijzetermijnVerstreken } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereis } from '../regels/vereis';

/** The zienswijzetermijn ended without a zienswijze (the kernel's step): the last may follow. */
export function stelVastDatZienswijzetermijnVerstreken(command: StelVastDatZienswijzetermijnVerstreken, state: DwangsomState): readonly DwangsomEvent[] {
  const s = vereis(state, command.zaakId, ['voornemen-verzonden'], 'Alleen een lopende zienswijzetermijn kan verstrijken');
  return [stelVastAwb(dwangsomRegels(command), command, s.voornemen)];
}
