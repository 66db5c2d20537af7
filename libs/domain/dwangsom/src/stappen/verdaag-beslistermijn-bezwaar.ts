import { verdaagBeslistermijnBezwaar as verdaagAwbBeslistermijn } from '@handhaving/domain-awb';
import type { VerdaagBeslistermijnBezwaar } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 7:10 lid 3 Awb (the kernel's step): the beslissing on the bezwaar against `tegen` postponed once, by at most six weeks, before its term ends. */
export function verdaagBeslistermijnBezwaar(command: VerdaagBeslistermijnBezwaar, state: DwangsomState): readonly DwangsomEvent[] {
  const regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'De beslistermijn wordt verdaagd in een bezwaar tegen de last of een invorderingsbeschikking');
  const besluit = bestreden(s, command.tegen);
  const verdaging = verdaagAwbBeslistermijn(regels, command, hangendeBeslistermijn(regels, besluit));
  return [{ type: 'BeslistermijnBezwaarVerdaagd', zaakId: command.zaakId, tegen: besluit.tegen, ...verdaging, datum: command.datum, door: command.door }];
}
