import type { TrekLastIn } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { eindeVanLast } from '../regels/einde-van-last';

/** Art. 5:34 Awb: the last is revoked (a wrong overtreder, a wrong ground): nothing forfeits after. */
export function trekLastIn(command: TrekLastIn, state: DwangsomState): readonly DwangsomEvent[] {
  return [{ type: 'LastIngetrokken', ...eindeVanLast(command, state, 'ingetrokken') }];
}
