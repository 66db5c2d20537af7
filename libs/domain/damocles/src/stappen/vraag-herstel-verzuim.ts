import { vraagHerstelVerzuim as vraagAwbHerstelVerzuim } from '@handhaving/domain-awb';
import type { VraagHerstelVerzuim } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { hangendBezwaar } from '../regels/beslistermijn';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 6:6 Awb (the kernel's step): the bezwaarmaker is asked to repair an omission; the beslistermijn stands still (art. 7:10 lid 2 Awb). */
export function vraagHerstelVerzuim(command: VraagHerstelVerzuim, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Herstel van een verzuim in het bezwaar wordt gevraagd bij een sluitingsbesluit');
  const { bezwaar, verloop } = hangendBezwaar(s.rechtsbescherming);
  const verzoek = vraagAwbHerstelVerzuim(damoclesRegels(command), command, { bezwaartermijnEinde: s.besluit.bezwaartermijnEinde, bezwaar, verloop });
  return [{ type: 'HerstelVerzuimGevraagd', zaakId: command.zaakId, ...verzoek, datum: command.datum, door: command.door }];
}
