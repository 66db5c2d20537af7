import { stelVastDatZienswijzetermijnVerstreken as stelVastAwb } from '@handhaving/domain-awb';
import type { StelVastDatZienswijzetermijnVerstreken } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/** The zienswijzetermijn ended without a zienswijze from everyone the voornemen went to (the kernel's step). */
export function stelVastDatZienswijzetermijnVerstreken(command: StelVastDatZienswijzetermijnVerstreken, state: BibobState): readonly BibobEvent[] {
  const s = vereis(state, command.zaakId, ['voornemen-verzonden'], 'Alleen een lopende zienswijzetermijn kan verstrijken');
  return [stelVastAwb(bibobRegels(command), command, s.voornemen)];
}
