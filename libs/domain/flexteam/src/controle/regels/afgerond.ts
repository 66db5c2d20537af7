import type { AwbStap } from '@handhaving/domain-awb';
import { geregistreerdOp } from '../../regels/flexteam-regels';
import type { ControleAfgerond } from '../controle.events';

/** The control is afgerond by the step that left no finding without its follow-up started or declined; recorded with it. */
export function afgerond(command: AwbStap): ControleAfgerond {
  return { type: 'ControleAfgerond', zaakId: command.zaakId, datum: command.datum, door: command.door, geregistreerdOp: geregistreerdOp(command) };
}
