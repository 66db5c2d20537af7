import { registreerUitspraakOpBeroep as registreerAwbUitspraak } from '@handhaving/domain-awb';
import type { RegistreerUitspraakOpBeroep } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereisLast } from '../regels/vereis';

/**
 * Art. 8:70, 8:72 Awb (the kernel's step): the rechtbank's uitspraak on the beroep about `tegen`.
 * Gegrond and vernietigd ends the besluit as a herroeping on bezwaar would: a last vernietigd owes
 * nothing that forfeited under it, a beschikking vernietigd claims nothing.
 */
export function registreerUitspraakOpBeroep(command: RegistreerUitspraakOpBeroep, state: DwangsomState): readonly DwangsomEvent[] {
  const s = vereisLast(state, command.zaakId, 'De uitspraak op beroep betreft de last of een invorderingsbeschikking');
  const besluit = bestreden(s, command.tegen);
  const uitspraak = registreerAwbUitspraak(dwangsomRegels(command), command, besluit.bezwaar?.beroep, 'tegen');
  return [{ type: 'UitspraakOpBeroepGedaan', zaakId: command.zaakId, tegen: besluit.tegen, ...uitspraak, datum: command.datum, door: command.door }];
}
