import { registreerBeroep as registreerAwbBeroep } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { RegistreerBeroep } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { bestredenBeslissing } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 8:1, 6:7 Awb (the kernel's step): beroep at the rechtbank against the beslissing op bezwaar over the last, on time or late. */
export function registreerBeroep(command: RegistreerBeroep, state: TrajectState): readonly TrajectEvent[] {
  const s = vereisLast(state, command.zaakId);
  const instelling = registreerAwbBeroep(kamerverhuurRegels(command), command, bestredenBeslissing(s.last), s.last.bezwaar?.beroep);
  return [{ type: 'BeroepIngesteld', zaakId: command.zaakId, ...instelling, datum: command.datum, door: command.door }];
}
