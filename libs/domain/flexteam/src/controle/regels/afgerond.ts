import type { AwbStap } from '@handhaving/domain-awb';
import { geregistreerdOp } from '../../regels/flexteam-regels';
import type { ControleEvent } from '../controle.events';

/**
 * The step's event, and `ControleAfgerond` with it when the step left no finding without its
 * follow-up started or declined: the control is afgerond by that step, on its date.
 */
export function metAfronding(command: AwbStap, event: ControleEvent, nogOpen: boolean): readonly ControleEvent[] {
  if (nogOpen) return [event];
  return [event, { type: 'ControleAfgerond', zaakId: command.zaakId, datum: command.datum, door: command.door, geregistreerdOp: geregistreerdOp(command) }];
}
