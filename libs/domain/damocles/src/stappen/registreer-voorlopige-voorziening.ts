import { registreerVoorlopigeVoorziening as registreerAwbVoorziening } from '@handhaving/domain-awb';
import type { RegistreerVoorlopigeVoorziening } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { damoclesRegels, vereis } from '../regels/vereis';

const EVENT = { gevraagd: 'VoorlopigeVoorzieningGevraagd', toegewezen: 'VoorlopigeVoorzieningToegewezen', afgewezen: 'VoorlopigeVoorzieningAfgewezen' } as const;

/**
 * Art. 8:81 Awb (the kernel's step): a voorlopige voorziening asked of the voorzieningenrechter
 * pending the bezwaar or the beroep, and the judge's answer. What it does to carrying out the
 * closure is the kernel's controleerUitvoerbaar (registreer-sluiting-uitgevoerd.ts).
 */
export function registreerVoorlopigeVoorziening(command: RegistreerVoorlopigeVoorziening, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Een voorlopige voorziening betreft een sluitingsbesluit');
  const stap = registreerAwbVoorziening(damoclesRegels(command), command.stap, s.rechtsbescherming);
  return [{ type: EVENT[stap], zaakId: command.zaakId, datum: command.datum, door: command.door }];
}
