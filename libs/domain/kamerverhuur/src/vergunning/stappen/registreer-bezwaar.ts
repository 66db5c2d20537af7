import { registreerBezwaar as registreerAwbBezwaar, type Regels } from '@handhaving/domain-awb';
import type { RegistreerBezwaar } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { naamVan, vereisBestreden } from '../regels/rechtsgang';
import { kamerverhuurRegels } from '../regels/vereis';

/**
 * Art. 6:7–6:9 Awb (the kernel's step): a bezwaar against the weigering or the intrekking, on time
 * or late. The aanvrager, or another belanghebbende (a tenant against the intrekking): one each.
 */
export function registreerBezwaar(command: RegistreerBezwaar, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisBestreden(regels, state, command.zaakId, 'Bezwaar wordt geregistreerd tegen de weigering of de intrekking van de vergunning');
  const b = s.bestreden;
  const ontvangst = registreerAwbBezwaar(regels, command, { naam: naamVan(b), bekendmakingsdatum: b.bekendmakingsdatum, bezwaartermijnEinde: b.bezwaartermijnEinde, bezwaren: b.rechtsbescherming.bezwaren ?? [] });
  return [{ type: 'BezwaarIngediend', zaakId: command.zaakId, ...ontvangst, datum: command.datum, door: command.door }];
}
