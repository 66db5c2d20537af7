import { verdaagBeslistermijnBezwaar as verdaagAwbBeslistermijn } from '@handhaving/domain-awb';
import type { VerdaagBeslistermijnBezwaar } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { hangendBezwaar } from '../regels/beslistermijn';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 7:10 lid 3 Awb (the kernel's step): the beslissing op bezwaar postponed once, by at most six weeks, before the term ends. */
export function verdaagBeslistermijnBezwaar(command: VerdaagBeslistermijnBezwaar, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'De beslistermijn op bezwaar wordt verdaagd bij een sluitingsbesluit');
  const { bezwaar, verloop } = hangendBezwaar(s.rechtsbescherming);
  const verdaging = verdaagAwbBeslistermijn(damoclesRegels(command), command, { bezwaartermijnEinde: s.besluit.bezwaartermijnEinde, bezwaar, verloop });
  return [{ type: 'BeslistermijnBezwaarVerdaagd', zaakId: command.zaakId, ...verdaging, datum: command.datum, door: command.door }];
}
