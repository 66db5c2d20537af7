import type { HefLastOp } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { eindeVanLast } from '../regels/einde-van-last';

/** Art. 5:34 Awb: the last is lifted (on request, or after a year without forfeiture): nothing forfeits after. */
export function hefLastOp(command: HefLastOp, state: DwangsomState): readonly DwangsomEvent[] {
  return [{ type: 'LastOpgeheven', ...eindeVanLast(command, state, 'opgeheven') }];
}
