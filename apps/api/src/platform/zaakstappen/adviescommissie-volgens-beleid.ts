import { adviescommissieBijBezwaar } from '@handhaving/policy';
import type { StapAanvulling } from './api-zaakcontext';

/** What every context's state of a case says, as far as this lookup reads it. */
type MetGemeente = { readonly status: 'onbekend' } | { readonly status: string; readonly zaak: { readonly gemeente: string } };

/**
 * A bezwaar says whether an adviescommissie (art. 7:13 Awb) advises on it, and so whether the
 * beslistermijn is six weeks or twelve (art. 7:10 lid 1 Awb). The medewerker may say so; else the
 * gemeente's policy in force on the day the bezwaar was received decides, and without a policy
 * then the law's six weeks. The decider receives the value and records it on BezwaarIngediend.
 * Every context's bezwaar step uses it (Damocles, dwangsom: docs/awb-procedure.md).
 */
export const adviescommissieVolgensBeleid: StapAanvulling = async (stap, state, naslag) => {
  if (stap['adviescommissie'] !== undefined) return stap;
  const zaak = state as MetGemeente;
  const ontvangstdatum = stap['ontvangstdatum'];
  // Without a case or a date the decider refuses the step: nothing to look up.
  if (zaak.status === 'onbekend' || !('zaak' in zaak) || typeof ontvangstdatum !== 'string') return stap;
  const beleid = await naslag.beleidOp(zaak.zaak.gemeente, ontvangstdatum);
  return { ...stap, adviescommissie: beleid === undefined ? false : adviescommissieBijBezwaar(beleid) };
};
