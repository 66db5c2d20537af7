import type { StelVastDatZienswijzetermijnVerstreken } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereis } from '../regels/vereis';

/** The zienswijzetermijn ended without a zienswijze: the last may follow. */
export function stelVastDatZienswijzetermijnVerstreken(command: StelVastDatZienswijzetermijnVerstreken, state: DwangsomState): readonly DwangsomEvent[] {
  const s = vereis(state, command.zaakId, ['voornemen-verzonden'], 'Alleen een lopende zienswijzetermijn kan verstrijken');
  if (command.datum <= s.voornemen.zienswijzetermijnEinde) {
    dwangsomRegels(command).weiger(
      'zienswijzetermijn-loopt-nog',
      `De zienswijzetermijn loopt tot en met ${s.voornemen.zienswijzetermijnEinde}; vaststellen dat hij verstreken is kan vanaf de dag erna`,
      'datum',
    );
  }
  return [{ type: 'ZienswijzetermijnVerstreken', zaakId: command.zaakId, einde: s.voornemen.zienswijzetermijnEinde, datum: command.datum, door: command.door }];
}
