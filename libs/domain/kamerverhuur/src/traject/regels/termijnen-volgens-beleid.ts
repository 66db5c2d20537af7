import type { GesteldeTermijn } from '@handhaving/domain-awb';
import type { Begunstigingsduur, TermijnenBeleid, Zienswijzeduur } from '@handhaving/policy';

export interface Kamerverhuurtermijnen {
  readonly zienswijzetermijn: GesteldeTermijn<Zienswijzeduur>;
  readonly begunstigingstermijn: GesteldeTermijn<Begunstigingsduur>;
}

/**
 * The terms a traject's letters give when the medewerker sets none: the gemeente's policy in force
 * (`termijnen`, libs/policy) for kamerverhuur, the standard two weeks for a zienswijze and eight
 * for the begunstiging, with its choice whether to extend them as the Atw would. The API puts them
 * in VerzendVoornemen and LegLastOnderBestuursdwangOp; the decider reads no policy itself.
 */
export function kamerverhuurtermijnenVolgensBeleid(termijnen: TermijnenBeleid): Kamerverhuurtermijnen {
  return {
    zienswijzetermijn: { lengte: termijnen.zienswijzetermijn.kamerverhuur, verlengAlsAtw: termijnen.atwVerlengt.zienswijzetermijn },
    begunstigingstermijn: { lengte: termijnen.begunstigingstermijn.kamerverhuur, verlengAlsAtw: termijnen.atwVerlengt.begunstigingstermijn },
  };
}
