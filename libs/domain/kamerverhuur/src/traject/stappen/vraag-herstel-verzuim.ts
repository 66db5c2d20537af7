import { vraagHerstelVerzuim as vraagAwbHerstelVerzuim, type Regels } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { VraagHerstelVerzuim } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 6:6 Awb (the kernel's step): repair of an omission in the bezwaar against the last; its beslistermijn stands still (art. 7:10 lid 2 Awb). */
export function vraagHerstelVerzuim(command: VraagHerstelVerzuim, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisLast(state, command.zaakId);
  const verzoek = vraagAwbHerstelVerzuim(regels, command, hangendeBeslistermijn(regels, s.last));
  return [{ type: 'HerstelVerzuimGevraagd', zaakId: command.zaakId, ...verzoek, datum: command.datum, door: command.door }];
}
