import { stelBeslissingOpBezwaarUit as stelAwbBeslissingUit } from '@handhaving/domain-awb';
import type { StelBeslissingOpBezwaarUit } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { bibobRegels, vereis } from '../regels/vereis';
import { VERTROUWELIJK, verzegeld } from '../verzegelde-inhoud';

/** Art. 7:10 lid 4 Awb (the kernel's step): further uitstel with the bezwaarmaker's consent, before the term ends; the reason sealed. */
export function stelBeslissingOpBezwaarUit(command: StelBeslissingOpBezwaarUit, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['besloten'], 'De beslissing op bezwaar wordt uitgesteld in een bezwaar tegen het besluit');
  const inhoud = verzegeld(regels, command.reden, 'reden', 'De reden van het uitstel');
  const uitstel = stelAwbBeslissingUit(regels, { ...command, reden: VERTROUWELIJK }, hangendeBeslistermijn(regels, s));
  return [{ type: 'BeslistermijnBezwaarUitgesteld', zaakId: command.zaakId, ...uitstel, inhoud, datum: command.datum, door: command.door }];
}
