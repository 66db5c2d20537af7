import { registreerEindeOpschorting as registreerAwbEindeOpschorting } from '@handhaving/domain-awb';
import type { RegistreerEindeOpschorting } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 7:10 lid 2 Awb (the kernel's step): the omission was repaired, or its term passed unused: the beslistermijn on `tegen` runs again. */
export function registreerEindeOpschorting(command: RegistreerEindeOpschorting, state: DwangsomState): readonly DwangsomEvent[] {
  const regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'Een opschorting van de beslistermijn hoort bij een bezwaar tegen de last of een invorderingsbeschikking');
  const besluit = bestreden(s, command.tegen);
  const einde = registreerAwbEindeOpschorting(regels, command, hangendeBeslistermijn(regels, besluit).verloop);
  return [{ type: 'OpschortingBeslistermijnBeeindigd', zaakId: command.zaakId, tegen: besluit.tegen, ...einde, datum: command.datum, door: command.door }];
}
