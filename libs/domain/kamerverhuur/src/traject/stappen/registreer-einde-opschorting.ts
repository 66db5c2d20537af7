import { registreerEindeOpschorting as registreerAwbEindeOpschorting, type Regels } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { RegistreerEindeOpschorting } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 7:10 lid 2 Awb (the kernel's step): the omission was repaired, or its term passed unused: the beslistermijn runs again. */
export function registreerEindeOpschorting(command: RegistreerEindeOpschorting, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisLast(state, command.zaakId);
  const einde = registreerAwbEindeOpschorting(regels, command, hangendeBeslistermijn(regels, s.last).verloop);
  return [{ type: 'OpschortingBeslistermijnBeeindigd', zaakId: command.zaakId, ...einde, datum: command.datum, door: command.door }];
}
