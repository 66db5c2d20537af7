import { magGemeente, type Principal } from '@handhaving/auth';
import { Forbidden, InvalidInput } from '../problem-details/api-errors';

/**
 * A gemeente named in the URL: its code must be valid (400) and the caller must work for it
 * (403; the gemeente itself is no secret, unlike another gemeente's case, which is a 404).
 */
export function assertGemeenteToegang(principal: Principal, gemeente: string): void {
  if (!/^GM\d{4}$/.test(gemeente)) {
    throw new InvalidInput([{ field: 'gemeente', rule: 'gemeentecode', detail: `"${gemeente}" is geen CBS gemeentecode (GM en vier cijfers, bijvoorbeeld GM0928)` }]);
  }
  if (!magGemeente(principal, gemeente)) throw new Forbidden(`U werkt niet voor gemeente ${gemeente}`);
}
