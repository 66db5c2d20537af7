import { registreerUitspraakOpBeroep as registreerAwbUitspraak } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { RegistreerUitspraakOpBeroep } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { vereisLast } from '../regels/vereis';

/** Art. 8:70, 8:72 Awb (the kernel's step): the rechtbank's uitspraak; gegrond and vernietigd ends the last as a herroeping would. */
export function registreerUitspraakOpBeroep(command: RegistreerUitspraakOpBeroep, state: TrajectState): readonly TrajectEvent[] {
  const s = vereisLast(state, command.zaakId);
  const uitspraak = registreerAwbUitspraak(kamerverhuurRegels(command), command, s.last.bezwaar?.beroep);
  return [{ type: 'UitspraakOpBeroepGedaan', zaakId: command.zaakId, ...uitspraak, datum: command.datum, door: command.door }];
}
