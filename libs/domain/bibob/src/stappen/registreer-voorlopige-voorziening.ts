import { registreerVoorlopigeVoorziening as registreerAwbVoorziening } from '@handhaving/domain-awb';
import type { RegistreerVoorlopigeVoorziening } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

const EVENT = { gevraagd: 'VoorlopigeVoorzieningGevraagd', toegewezen: 'VoorlopigeVoorzieningToegewezen', afgewezen: 'VoorlopigeVoorzieningAfgewezen' } as const;

/** Art. 8:81 Awb (the kernel's step): a voorlopige voorziening asked pending the bezwaar or the beroep, and the judge's answer. */
export function registreerVoorlopigeVoorziening(command: RegistreerVoorlopigeVoorziening, state: BibobState): readonly BibobEvent[] {
  const s = vereis(state, command.zaakId, ['besloten'], 'Een voorlopige voorziening betreft het besluit op de toets');
  const stap = registreerAwbVoorziening(bibobRegels(command), command.stap, s.rechtsbescherming);
  return [{ type: EVENT[stap], zaakId: command.zaakId, datum: command.datum, door: command.door }];
}
