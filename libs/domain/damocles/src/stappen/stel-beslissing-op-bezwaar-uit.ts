import { stelBeslissingOpBezwaarUit as stelAwbBeslissingUit } from '@handhaving/domain-awb';
import type { StelBeslissingOpBezwaarUit } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { hangendBezwaar } from '../regels/beslistermijn';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 7:10 lid 4 Awb (the kernel's step): the beslissing op bezwaar postponed further, with the bezwaarmaker's consent, before the term ends. */
export function stelBeslissingOpBezwaarUit(command: StelBeslissingOpBezwaarUit, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'De beslissing op bezwaar wordt uitgesteld bij een sluitingsbesluit');
  const { bezwaar, verloop } = hangendBezwaar(s.rechtsbescherming);
  const uitstel = stelAwbBeslissingUit(damoclesRegels(command), command, { bezwaartermijnEinde: s.besluit.bezwaartermijnEinde, bezwaar, verloop });
  return [{ type: 'BeslistermijnBezwaarUitgesteld', zaakId: command.zaakId, ...uitstel, datum: command.datum, door: command.door }];
}
