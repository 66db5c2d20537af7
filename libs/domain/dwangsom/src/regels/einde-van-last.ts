import type { Regels } from '@handhaving/domain-awb';
import type { HefLastOp, TrekLastIn } from '../dwangsom.commands';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from './dwangsom-regels';
import { vereisLastVanKracht } from './vereis';

/**
 * Art. 5:34 Awb: a last in force is lifted or revoked with a reason, from a day not before its
 * bekendmaking nor before the end of a forfeiture already recorded. What forfeited before stays owed.
 */
export function eindeVanLast(command: HefLastOp | TrekLastIn, state: DwangsomState, wat: 'opgeheven' | 'ingetrokken') {
  const regels: Regels = dwangsomRegels(command);
  const s = vereisLastVanKracht(state, command.zaakId, `Alleen een last die van kracht is kan worden ${wat}`);
  regels.tekst(command.reden, 'reden-ontbreekt', `Zeg waarom de last wordt ${wat} (art. 5:34 Awb)`, 'reden');
  regels.datum(command.ingangsdatum, 'ingangsdatum');
  regels.volgorde(s.last.bekendmakingsdatum, command.ingangsdatum, 'ingangsdatum', `De last kan niet vóór zijn bekendmaking worden ${wat}`);
  const laatste = s.verbeuringen.filter((v) => !v.vervallen).at(-1);
  if (laatste !== undefined && command.ingangsdatum < laatste.totEnMet) {
    regels.weiger('einde-voor-verbeuring', `Er is onder deze last verbeurd tot en met ${laatste.totEnMet}; de last kan niet met ingang van een eerdere dag worden ${wat}`, 'ingangsdatum');
  }
  return { zaakId: command.zaakId, ingangsdatum: command.ingangsdatum, reden: command.reden, datum: command.datum, door: command.door };
}
