import { registreerUitspraakOpBeroep as registreerAwbUitspraak, type Regels } from '@handhaving/domain-awb';
import type { RegistreerUitspraakOpBeroep } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { vereisBestreden } from '../regels/rechtsgang';
import { kamerverhuurRegels } from '../regels/vereis';

/**
 * Art. 8:70, 8:72 Awb (the kernel's step): the rechtbank's uitspraak on the beroep. Gegrond and
 * vernietigd ends the weigering or the intrekking as on a herroeping: the evolve gives a revoked
 * permit back.
 */
export function registreerUitspraakOpBeroep(command: RegistreerUitspraakOpBeroep, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisBestreden(regels, state, command.zaakId, 'De uitspraak op beroep betreft de weigering of de intrekking van de vergunning');
  const uitspraak = registreerAwbUitspraak(regels, command, s.bestreden.rechtsbescherming.beroep);
  return [{ type: 'UitspraakOpBeroepGedaan', zaakId: command.zaakId, ...uitspraak, datum: command.datum, door: command.door }];
}
