import { registreerEindeOpschorting as registreerAwbEindeOpschorting } from '@handhaving/domain-awb';
import type { RegistreerEindeOpschorting } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { hangendBezwaar } from '../regels/beslistermijn';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 7:10 lid 2 Awb (the kernel's step): the omission was repaired, or its term passed unused: the beslistermijn runs again. */
export function registreerEindeOpschorting(command: RegistreerEindeOpschorting, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Een opschorting van de beslistermijn op bezwaar hoort bij een sluitingsbesluit');
  const einde = registreerAwbEindeOpschorting(damoclesRegels(command), command, hangendBezwaar(s.rechtsbescherming).verloop);
  return [{ type: 'OpschortingBeslistermijnBeeindigd', zaakId: command.zaakId, ...einde, datum: command.datum, door: command.door }];
}
