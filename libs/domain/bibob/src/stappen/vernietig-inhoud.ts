import type { VernietigInhoud } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import { VOOR_BESLUIT, type BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/**
 * After the retention term the toets's key is destroyed, and every sealed content with it
 * (crypto-shredding); its facts, terms and figures stay. Not while the toets still needs its
 * contents: before its besluit or afsluiting, while the besluit can still be contested (the
 * bezwaartermijn, the beroepstermijn after the beslissing op bezwaar), or while a bezwaar or
 * beroep is pending. Destroying again records nothing new.
 */
export function vernietigInhoud(command: VernietigInhoud, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, [...VOOR_BESLUIT, 'besloten', 'afgesloten'], 'De inhoud van een toets wordt vernietigd');
  if (command.reden !== 'bewaartermijn-verstreken') regels.weiger('reden-onbekend', 'reden moet bewaartermijn-verstreken zijn', 'reden');
  if (s.inhoudVernietigdOp !== undefined) return [];
  const nodig = nogNodig(s, command.datum);
  if (nodig !== undefined) regels.weiger('bewaartermijn-niet-verstreken', `${nodig}; de inhoud kan nog niet worden vernietigd`);
  return [{ type: 'InhoudVernietigd', zaakId: command.zaakId, reden: command.reden, datum: command.datum, door: command.door }];
}

/** Why the contents are still needed on `datum`, if they are. */
function nogNodig(state: Exclude<BibobState, { status: 'onbekend' }>, datum: string): string | undefined {
  if (state.status === 'afgesloten') return undefined;
  if (state.status !== 'besloten') return 'De toets loopt nog: de inhoud is nodig tot het besluit of de afsluiting';
  if (datum <= state.besluit.bezwaartermijnEinde) return `De bezwaartermijn loopt tot en met ${state.besluit.bezwaartermijnEinde}`;
  const { bezwaar, beslissingOpBezwaar, beroep } = state.rechtsbescherming;
  if (bezwaar !== undefined && beslissingOpBezwaar === undefined) return 'Op het bezwaar is nog niet beslist';
  if (beslissingOpBezwaar !== undefined && beroep === undefined && datum <= beslissingOpBezwaar.beroepstermijnEinde) return `De beroepstermijn loopt tot en met ${beslissingOpBezwaar.beroepstermijnEinde}`;
  if (beroep !== undefined && beroep.uitspraak === undefined) return 'Het beroep loopt nog';
  return undefined;
}
