import { geregistreerdOp } from '../../regels/flexteam-regels';
import type { AnnuleerControle } from '../controle.commands';
import type { ControleEvent } from '../controle.events';
import type { ControleState } from '../controle.state';
import { controleRegels, vereisControle } from '../regels/controle-regels';

/** A planned control is called off before it is held, with the reason; once held it stays on the record. */
export function annuleerControle(command: AnnuleerControle, state: ControleState): readonly ControleEvent[] {
  const regels = controleRegels(command);
  const controle = vereisControle(state, command.zaakId, ['gepland'], 'Alleen een geplande controle kan worden geannuleerd');
  const reden = regels.tekst(command.reden, 'reden-ontbreekt', 'Noem de reden waarom de controle niet doorgaat', 'reden');
  regels.volgorde(controle.planning.datum, command.datum, 'datum', 'Een controle wordt geannuleerd op of na de dag waarop zij gepland is');
  return [{ type: 'ControleGeannuleerd', zaakId: command.zaakId, reden, datum: command.datum, door: command.door, geregistreerdOp: geregistreerdOp(command) }];
}
