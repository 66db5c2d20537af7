import { registreerEindeOpschorting as registreerAwbEindeOpschorting, type Regels } from '@handhaving/domain-awb';
import type { RegistreerEindeOpschorting } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { hangendeBeslistermijn, vereisBestreden } from '../regels/rechtsgang';
import { kamerverhuurRegels } from '../regels/vereis';

/** Art. 7:10 lid 2 Awb (the kernel's step): the omission was repaired, or its term passed unused: the beslistermijn op bezwaar runs again. */
export function registreerEindeOpschorting(command: RegistreerEindeOpschorting, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisBestreden(regels, state, command.zaakId, 'Een opschorting van de beslistermijn hoort bij een bezwaar tegen de weigering of de intrekking');
  const einde = registreerAwbEindeOpschorting(regels, command, hangendeBeslistermijn(regels, s.bestreden).verloop);
  return [{ type: 'OpschortingBeslistermijnBeeindigd', zaakId: command.zaakId, ...einde, datum: command.datum, door: command.door }];
}
