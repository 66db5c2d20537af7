import { registreerVoorlopigeVoorziening as registreerAwbVoorziening } from '@handhaving/domain-awb';
import type { RegistreerVoorlopigeVoorziening } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { rechtsgang } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

const EVENT = { gevraagd: 'VoorlopigeVoorzieningGevraagd', toegewezen: 'VoorlopigeVoorzieningToegewezen', afgewezen: 'VoorlopigeVoorzieningAfgewezen' } as const;

/**
 * Art. 8:81 Awb (the kernel's step): a voorlopige voorziening asked pending the bezwaar or the beroep
 * against `tegen`, and the judge's answer. Against the last it holds up every invorderingsbeschikking
 * under it (verzend-invorderingsbeschikking.ts, the kernel's controleerUitvoerbaar).
 */
export function registreerVoorlopigeVoorziening(command: RegistreerVoorlopigeVoorziening, state: DwangsomState): readonly DwangsomEvent[] {
  const regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'Een voorlopige voorziening wordt gevraagd tegen de last of een invorderingsbeschikking');
  const besluit = bestreden(s, command.tegen);
  const stap = registreerAwbVoorziening(regels, command.stap, rechtsgang(besluit));
  return [{ type: EVENT[stap], zaakId: command.zaakId, tegen: besluit.tegen, datum: command.datum, door: command.door }];
}
