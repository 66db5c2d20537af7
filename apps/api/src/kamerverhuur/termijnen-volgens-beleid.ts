import { kamerverhuurtermijnenVolgensBeleid, type Kamerverhuurtermijnen } from '@handhaving/domain-kamerverhuur';
import { voorbeeldBeleid } from '@handhaving/policy';
import type { Naslag, StapAanvulling } from '../platform/zaakstappen/api-zaakcontext';

/** What a permit's or traject's state says, as far as this lookup reads it. */
type MetGemeente = { readonly status: 'onbekend' } | { readonly status: string; readonly zaak: { readonly gemeente: string } };

/**
 * The terms a kamerverhuur letter gives when the medewerker sets none: the gemeente's policy in
 * force on the day of the letter (libs/policy, `termijnen` for kamerverhuur), else the product's
 * standard (two weeks for a zienswijze, eight for the begunstiging). The decider records the
 * term it receives; it reads no policy itself.
 */
function volgensBeleid(veld: keyof Kamerverhuurtermijnen, datumveld: string): StapAanvulling {
  return async (stap, state, naslag: Naslag) => {
    const zaak = state as MetGemeente;
    const datum = stap[datumveld];
    // Without a case or a date the decider refuses the step: nothing to look up.
    if (stap[veld] !== undefined || zaak.status === 'onbekend' || !('zaak' in zaak) || typeof datum !== 'string') return stap;
    const beleid = (await naslag.beleidOp(zaak.zaak.gemeente, datum)) ?? voorbeeldBeleid();
    return { ...stap, [veld]: kamerverhuurtermijnenVolgensBeleid(beleid.termijnen)[veld] };
  };
}

export const zienswijzetermijnVolgensBeleid = volgensBeleid('zienswijzetermijn', 'verzenddatum');
export const begunstigingstermijnVolgensBeleid = volgensBeleid('begunstigingstermijn', 'besluitdatum');
