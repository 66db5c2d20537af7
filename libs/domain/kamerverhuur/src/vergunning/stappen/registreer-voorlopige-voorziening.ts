import { registreerVoorlopigeVoorziening as registreerAwbVoorziening, type Regels } from '@handhaving/domain-awb';
import type { RegistreerVoorlopigeVoorziening } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { vereisBestreden } from '../regels/rechtsgang';
import { kamerverhuurRegels } from '../regels/vereis';

const EVENT = { gevraagd: 'VoorlopigeVoorzieningGevraagd', toegewezen: 'VoorlopigeVoorzieningToegewezen', afgewezen: 'VoorlopigeVoorzieningAfgewezen' } as const;

/**
 * Art. 8:81 Awb (the kernel's step): a voorlopige voorziening asked pending the bezwaar or the
 * beroep, and the judge's answer. Granted against an intrekking, it suspends it (art. 8:85 Awb): the
 * state keeps the intrekking, and what it holds up is read from the rechtsgang.
 */
export function registreerVoorlopigeVoorziening(command: RegistreerVoorlopigeVoorziening, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisBestreden(regels, state, command.zaakId, 'Een voorlopige voorziening betreft de weigering of de intrekking van de vergunning');
  const stap = registreerAwbVoorziening(regels, command.stap, s.bestreden.rechtsbescherming);
  return [{ type: EVENT[stap], zaakId: command.zaakId, datum: command.datum, door: command.door }];
}
