import { BEZWAARUITKOMSTEN, neemBeslissingOpBezwaar as neemAwbBeslissingOpBezwaar } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { NeemBeslissingOpBezwaar } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { DE_LAST } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/**
 * Art. 7:11 Awb (the kernel's step): the beslissing op bezwaar against the last, with its
 * beroepstermijn. Gegrond herroept the last: bestuursdwang can no longer follow, a last onder
 * dwangsom may (kies-last-onder-dwangsom.ts).
 */
export function neemBeslissingOpBezwaar(command: NeemBeslissingOpBezwaar, state: TrajectState): readonly TrajectEvent[] {
  const s = vereisLast(state, command.zaakId);
  const bezwaar = s.last.bezwaar;
  const beslissing = neemAwbBeslissingOpBezwaar(
    kamerverhuurRegels(command),
    command,
    { naam: DE_LAST, ontvangstdatum: bezwaar?.ontvangstdatum, beslist: bezwaar?.beslissing !== undefined },
    BEZWAARUITKOMSTEN,
  );
  return [{ type: 'BeslissingOpBezwaarGenomen', zaakId: command.zaakId, ...beslissing, datum: command.datum, door: command.door }];
}
