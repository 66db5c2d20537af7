import { stelBeslissingOpBezwaarUit as stelAwbBeslissingUit, type Regels } from '@handhaving/domain-awb';
import type { StelBeslissingOpBezwaarUit } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { hangendeBeslistermijn, vereisBestreden } from '../regels/rechtsgang';
import { kamerverhuurRegels } from '../regels/vereis';

/** Art. 7:10 lid 4 Awb (the kernel's step): further uitstel with the bezwaarmaker's consent, before the term ends. */
export function stelBeslissingOpBezwaarUit(command: StelBeslissingOpBezwaarUit, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisBestreden(regels, state, command.zaakId, 'De beslissing op bezwaar wordt uitgesteld in een bezwaar tegen de weigering of de intrekking');
  const uitstel = stelAwbBeslissingUit(regels, command, hangendeBeslistermijn(regels, s.bestreden));
  return [{ type: 'BeslistermijnBezwaarUitgesteld', zaakId: command.zaakId, ...uitstel, datum: command.datum, door: command.door }];
}
