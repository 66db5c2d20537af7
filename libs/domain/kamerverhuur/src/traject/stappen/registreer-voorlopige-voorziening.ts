import { registreerVoorlopigeVoorziening as registreerAwbVoorziening } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { RegistreerVoorlopigeVoorziening } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { rechtsgang } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

const EVENT = { gevraagd: 'VoorlopigeVoorzieningGevraagd', toegewezen: 'VoorlopigeVoorzieningToegewezen', afgewezen: 'VoorlopigeVoorzieningAfgewezen' } as const;

/**
 * Art. 8:81 Awb (the kernel's step): a voorlopige voorziening asked pending the bezwaar or the
 * beroep against the last, and the judge's answer. It holds up bestuursdwang (pas-bestuursdwang-toe.ts).
 */
export function registreerVoorlopigeVoorziening(command: RegistreerVoorlopigeVoorziening, state: TrajectState): readonly TrajectEvent[] {
  const s = vereisLast(state, command.zaakId);
  const stap = registreerAwbVoorziening(kamerverhuurRegels(command), command.stap, rechtsgang(s.last));
  return [{ type: EVENT[stap], zaakId: command.zaakId, datum: command.datum, door: command.door }];
}
