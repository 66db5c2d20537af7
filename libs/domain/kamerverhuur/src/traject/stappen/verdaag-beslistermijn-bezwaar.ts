import { verdaagBeslistermijnBezwaar as verdaagAwbBeslistermijn, type Regels } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { VerdaagBeslistermijnBezwaar } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 7:10 lid 3 Awb (the kernel's step): the beslissing op bezwaar postponed once, by at most six weeks, before its term ends. */
export function verdaagBeslistermijnBezwaar(command: VerdaagBeslistermijnBezwaar, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisLast(state, command.zaakId);
  const verdaging = verdaagAwbBeslistermijn(regels, command, hangendeBeslistermijn(regels, s.last));
  return [{ type: 'BeslistermijnBezwaarVerdaagd', zaakId: command.zaakId, ...verdaging, datum: command.datum, door: command.door }];
}
