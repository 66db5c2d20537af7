import { stelBeslissingOpBezwaarUit as stelAwbBeslissingUit, type Regels } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { StelBeslissingOpBezwaarUit } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 7:10 lid 4 Awb (the kernel's step): the beslissing op bezwaar postponed further, with the bezwaarmaker's consent, before the term ends. */
export function stelBeslissingOpBezwaarUit(command: StelBeslissingOpBezwaarUit, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisLast(state, command.zaakId);
  const uitstel = stelAwbBeslissingUit(regels, command, hangendeBeslistermijn(regels, s.last));
  return [{ type: 'BeslistermijnBezwaarUitgesteld', zaakId: command.zaakId, ...uitstel, datum: command.datum, door: command.door }];
}
