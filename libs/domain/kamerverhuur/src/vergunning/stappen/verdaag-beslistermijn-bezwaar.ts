import { verdaagBeslistermijnBezwaar as verdaagAwbBeslistermijn, type Regels } from '@handhaving/domain-awb';
import type { VerdaagBeslistermijnBezwaar } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { hangendeBeslistermijn, vereisBestreden } from '../regels/rechtsgang';
import { kamerverhuurRegels } from '../regels/vereis';

/** Art. 7:10 lid 3 Awb (the kernel's step): the beslissing op bezwaar postponed once, by at most six weeks, before its term ends. */
export function verdaagBeslistermijnBezwaar(command: VerdaagBeslistermijnBezwaar, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisBestreden(regels, state, command.zaakId, 'De beslistermijn wordt verdaagd in een bezwaar tegen de weigering of de intrekking');
  const verdaging = verdaagAwbBeslistermijn(regels, command, hangendeBeslistermijn(regels, s.bestreden));
  return [{ type: 'BeslistermijnBezwaarVerdaagd', zaakId: command.zaakId, ...verdaging, datum: command.datum, door: command.door }];
}
