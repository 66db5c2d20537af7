import { vraagHerstelVerzuim as vraagAwbHerstelVerzuim } from '@handhaving/domain-awb';
import type { VraagHerstelVerzuim } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 6:6 Awb (the kernel's step): repair of an omission in the bezwaar against `tegen`; its beslistermijn stands still (art. 7:10 lid 2 Awb). */
export function vraagHerstelVerzuim(command: VraagHerstelVerzuim, state: DwangsomState): readonly DwangsomEvent[] {
  const regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'Herstel van een verzuim wordt gevraagd in een bezwaar tegen de last of een invorderingsbeschikking');
  const besluit = bestreden(s, command.tegen);
  const verzoek = vraagAwbHerstelVerzuim(regels, command, hangendeBeslistermijn(regels, besluit));
  return [{ type: 'HerstelVerzuimGevraagd', zaakId: command.zaakId, tegen: besluit.tegen, ...verzoek, datum: command.datum, door: command.door }];
}
