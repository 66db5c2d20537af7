import { vereisStand } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { MetStatus, VergunningState, VergunningStatus } from '../vergunning.state';

export { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';

/** The case in one of the states the step may follow, or a refusal saying the step is out of order (`kamerverhuur/{regel}`). */
export function vereis<S extends VergunningStatus>(state: VergunningState, zaakId: string, statussen: readonly S[], wat: string): MetStatus<S> {
  return vereisStand(kamerverhuurRegels({}), { eersteStap: 'registreer eerst de aanvraag van de kamerverhuurvergunning' }, state, zaakId, statussen, wat);
}
