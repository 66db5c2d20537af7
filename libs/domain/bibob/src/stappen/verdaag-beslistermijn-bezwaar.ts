import { verdaagBeslistermijnBezwaar as verdaagAwbBeslistermijn } from '@handhaving/domain-awb';
import type { VerdaagBeslistermijnBezwaar } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { bibobRegels, vereis } from '../regels/vereis';
import { VERTROUWELIJK, verzegeld } from '../verzegelde-inhoud';

/** Art. 7:10 lid 3 Awb (the kernel's step): the beslissing op bezwaar postponed once, by at most six weeks, before its term ends; the reason sealed. */
export function verdaagBeslistermijnBezwaar(command: VerdaagBeslistermijnBezwaar, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['besloten'], 'De beslistermijn wordt verdaagd in een bezwaar tegen het besluit');
  const inhoud = verzegeld(regels, command.reden, 'reden', 'De reden van de verdaging');
  const verdaging = verdaagAwbBeslistermijn(regels, { ...command, reden: VERTROUWELIJK }, hangendeBeslistermijn(regels, s));
  return [{ type: 'BeslistermijnBezwaarVerdaagd', zaakId: command.zaakId, ...verdaging, inhoud, datum: command.datum, door: command.door }];
}
