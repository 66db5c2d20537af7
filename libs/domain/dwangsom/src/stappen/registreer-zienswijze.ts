import type { Regels } from '@handhaving/domain-awb';
import type { RegistreerZienswijze } from '../dwangsom.commands';
import { WIJZEN_VAN_ZIENSWIJZE, type DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereis } from '../regels/vereis';

/** Art. 4:8 Awb: the overtreder's zienswijze on the voornemen; one after the term is recorded, marked late. */
export function registreerZienswijze(command: RegistreerZienswijze, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  const s = vereis(state, command.zaakId, ['voornemen-verzonden', 'gereed-voor-besluit'], 'Een zienswijze volgt op een verzonden voornemen, vóór de last');
  const wijze = regels.keuze(command.wijze, WIJZEN_VAN_ZIENSWIJZE, 'wijze-onbekend', 'wijze', 'wijze');
  regels.volgorde(s.voornemen.verzenddatum, command.datum, 'datum', 'Een zienswijze kan niet vóór de verzending van het voornemen zijn ontvangen');
  return [{ type: 'ZienswijzeOntvangen', zaakId: command.zaakId, wijze, binnenTermijn: command.datum <= s.voornemen.zienswijzetermijnEinde, datum: command.datum, door: command.door }];
}
