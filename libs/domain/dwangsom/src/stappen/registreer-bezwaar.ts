import { registreerBezwaar as registreerAwbBezwaar } from '@handhaving/domain-awb';
import type { RegistreerBezwaar } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereisLast } from '../regels/vereis';

/** Art. 6:7–6:9 Awb (the kernel's step): a bezwaar against the last or against one invorderingsbeschikking, on time or late. */
export function registreerBezwaar(command: RegistreerBezwaar, state: DwangsomState): readonly DwangsomEvent[] {
  const s = vereisLast(state, command.zaakId, 'Bezwaar wordt geregistreerd tegen de last of een invorderingsbeschikking');
  const besluit = bestreden(s, command.tegen);
  const ontvangst = registreerAwbBezwaar(dwangsomRegels(command), command, besluit, 'tegen');
  return [{ type: 'BezwaarIngediend', zaakId: command.zaakId, tegen: besluit.tegen, ...ontvangst, datum: command.datum, door: command.door }];
}
