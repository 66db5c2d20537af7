import { registreerEindeOpschorting as registreerAwbEindeOpschorting } from '@handhaving/domain-awb';
import type { RegistreerEindeOpschorting } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { bibobRegels, vereis } from '../regels/vereis';

/** Art. 7:10 lid 2 Awb (the kernel's step): the omission was repaired, or its term passed unused: the beslistermijn op bezwaar runs again. */
export function registreerEindeOpschorting(command: RegistreerEindeOpschorting, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['besloten'], 'Een opschorting van de beslistermijn hoort bij een bezwaar tegen het besluit');
  const einde = registreerAwbEindeOpschorting(regels, command, hangendeBeslistermijn(regels, s).verloop);
  return [{ type: 'OpschortingBeslistermijnBeeindigd', zaakId: command.zaakId, ...einde, datum: command.datum, door: command.door }];
}
