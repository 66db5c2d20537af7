import { verzendVoornemen as verzendAwbVoornemen, zienswijzefaseAfgerond, type Regels } from '@handhaving/domain-awb';
import type { VerzendVoornemen } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/**
 * Art. 4:7, 4:8 Awb (the kernel's step): the voornemen, with the kamerverhuur zienswijzetermijn of
 * the policy, to the aanvrager. On an aanvraag it announces a weigering; art. 4:7 lid 1 Awb asks it
 * where the weigering rests on facts about the aanvrager that differ from what he gave himself,
 * and the medewerker judges that. On a permit that holds it announces the intrekking, which always
 * needs it. One at a time: a new one may follow once the zienswijzefase of the last one ended
 * without the besluit it announced.
 */
export function verzendVoornemen(command: VerzendVoornemen, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['aangevraagd', 'verleend'], 'Een voornemen gaat over een aanvraag in behandeling (weigeren) of een vergunning die geldt (intrekken)');
  if (s.voornemen !== undefined && !zienswijzefaseAfgerond(s.voornemen)) {
    regels.weiger('voornemen-loopt-al', `Er loopt al een voornemen (verzonden op ${s.voornemen.verzenddatum}, zienswijzetermijn tot en met ${s.voornemen.zienswijzetermijnEinde}): wacht de zienswijzefase af`, 'zaakId');
  }
  const strekking = s.status === 'aangevraagd' ? 'weigeren' : 'intrekken';
  const na = s.status === 'aangevraagd' ? { datum: s.zaak.ontvangstdatum, wat: 'de ontvangst van de aanvraag' } : { datum: s.vergunning.besluitdatum, wat: 'de verlening van de vergunning' };
  const voornemen = verzendAwbVoornemen(regels, command, { na, betrokkenen: [s.zaak.aanvragerId] });
  const { type, zaakId, ...rest } = voornemen;
  return [{ type, zaakId, strekking, ...rest }];
}
