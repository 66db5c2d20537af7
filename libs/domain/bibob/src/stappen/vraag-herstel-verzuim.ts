import { vraagHerstelVerzuim as vraagAwbHerstelVerzuim } from '@handhaving/domain-awb';
import type { VraagHerstelVerzuim } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { bibobRegels, vereis } from '../regels/vereis';
import { VERTROUWELIJK, verzegeld } from '../verzegelde-inhoud';

/** Art. 6:6 Awb (the kernel's step): repair of an omission in the bezwaar; its beslistermijn stands still (art. 7:10 lid 2 Awb). What is missing travels sealed. */
export function vraagHerstelVerzuim(command: VraagHerstelVerzuim, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['besloten'], 'Herstel van een verzuim wordt gevraagd in een bezwaar tegen het besluit');
  const inhoud = verzegeld(regels, command.verzuim, 'verzuim', 'Het verzuim dat hersteld moet worden');
  const verzoek = vraagAwbHerstelVerzuim(regels, { ...command, verzuim: VERTROUWELIJK }, hangendeBeslistermijn(regels, s));
  return [{ type: 'HerstelVerzuimGevraagd', zaakId: command.zaakId, ...verzoek, inhoud, datum: command.datum, door: command.door }];
}
