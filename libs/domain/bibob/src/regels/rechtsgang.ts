import { GEEN_VERLOOP, type HangendeBeslistermijn, type Regels } from '@handhaving/domain-awb';
import type { MetStatus } from './vereis';

/** A bezwaar registered and not yet decided: the only time the beslistermijn op bezwaar runs. */
export function hangendeBeslistermijn(regels: Regels, s: MetStatus<'besloten'>): HangendeBeslistermijn {
  const r = s.rechtsbescherming;
  if (r.bezwaar === undefined) regels.weiger('geen-bezwaar', 'Er is geen bezwaar geregistreerd: zonder bezwaar loopt er geen beslistermijn op bezwaar', 'zaakId');
  if (r.beslissingOpBezwaar !== undefined) regels.weiger('bezwaar-al-beslist', 'Op het bezwaar is al beslist: de beslistermijn loopt niet meer', 'zaakId');
  return { bezwaartermijnEinde: s.besluit.bezwaartermijnEinde, bezwaar: r.bezwaar, verloop: r.beslistermijn ?? GEEN_VERLOOP };
}

