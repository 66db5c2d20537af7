import { BEZWAARUITKOMSTEN, neemBeslissingOpBezwaar as neemAwbBeslissingOpBezwaar, type Regels } from '@handhaving/domain-awb';
import type { NeemBeslissingOpBezwaar } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { naamVan, vereisBestreden } from '../regels/rechtsgang';
import { kamerverhuurRegels } from '../regels/vereis';

/**
 * Art. 7:11 Awb (the kernel's step): the beslissing op bezwaar, with its beroepstermijn. Gegrond
 * herroept the weigering or the intrekking (art. 7:11 lid 2 Awb): the evolve gives a revoked permit
 * back, and after a weigering the aanvraag is decided anew.
 */
export function neemBeslissingOpBezwaar(command: NeemBeslissingOpBezwaar, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisBestreden(regels, state, command.zaakId, 'Op bezwaar wordt beslist tegen de weigering of de intrekking van de vergunning');
  const r = s.bestreden.rechtsbescherming;
  const beslissing = neemAwbBeslissingOpBezwaar(regels, command, { naam: naamVan(s.bestreden), ontvangstdatum: r.bezwaar?.ontvangstdatum, beslist: r.beslissingOpBezwaar !== undefined }, BEZWAARUITKOMSTEN);
  return [{ type: 'BeslissingOpBezwaarGenomen', zaakId: command.zaakId, ...beslissing, datum: command.datum, door: command.door }];
}
