import { vraagHerstelVerzuim as vraagAwbHerstelVerzuim, type Regels } from '@handhaving/domain-awb';
import type { VraagHerstelVerzuim } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { hangendeBeslistermijn, vereisBestreden } from '../regels/rechtsgang';
import { kamerverhuurRegels } from '../regels/vereis';

/** Art. 6:6 Awb (the kernel's step): repair of an omission in the bezwaar; its beslistermijn stands still (art. 7:10 lid 2 Awb). */
export function vraagHerstelVerzuim(command: VraagHerstelVerzuim, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisBestreden(regels, state, command.zaakId, 'Herstel van een verzuim wordt gevraagd in een bezwaar tegen de weigering of de intrekking');
  const verzoek = vraagAwbHerstelVerzuim(regels, command, hangendeBeslistermijn(regels, s.bestreden));
  return [{ type: 'HerstelVerzuimGevraagd', zaakId: command.zaakId, ...verzoek, datum: command.datum, door: command.door }];
}
