import { registreerBezwaar as registreerAwbBezwaar } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { RegistreerBezwaar } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { bestredenLast } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/**
 * Art. 6:7–6:9 Awb (the kernel's step): a bezwaar against the last onder bestuursdwang, on time or
 * late. Also after the traject was closed: the bezwaartermijn may still run, and the law gives the
 * right to object whatever the traject's course.
 */
export function registreerBezwaar(command: RegistreerBezwaar, state: TrajectState): readonly TrajectEvent[] {
  const s = vereisLast(state, command.zaakId);
  const ontvangst = registreerAwbBezwaar(kamerverhuurRegels(command), command, bestredenLast(s.last));
  return [{ type: 'BezwaarIngediend', zaakId: command.zaakId, ...ontvangst, datum: command.datum, door: command.door }];
}
