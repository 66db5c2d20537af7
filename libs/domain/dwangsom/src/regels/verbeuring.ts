import { dagenTussen, plusDagen } from '@handhaving/termijnen';
import type { Dwangsombedrag } from '../dwangsom.events';
import type { Overtreding } from '../dwangsom.state';

/**
 * How many units a violation from `van` through `totEnMet` forfeits: one per overtreding; per
 * dag every calendar day of the period; per week every week begun ("per week of gedeelte
 * daarvan"), counted from `sinds`, the first day of the continuing violation: the weeks begun
 * through `totEnMet` less those already begun before `van` (registered earlier).
 */
export function eenhedenVoor(bedrag: Dwangsombedrag, van: string, totEnMet: string, sinds: string = van): number {
  if (bedrag.soort === 'per-overtreding') return 1;
  if (bedrag.eenheid === 'dag') return dagenTussen(van, totEnMet) + 1;
  return Math.ceil((dagenTussen(sinds, totEnMet) + 1) / 7) - Math.ceil(dagenTussen(sinds, van) / 7);
}

/** Per week: the first day of the first week that begins on or after `van` in a violation since `sinds`. */
export function eersteNieuweWeek(sinds: string, van: string): string {
  return plusDagen(sinds, 7 * Math.ceil(dagenTussen(sinds, van) / 7));
}

/** The registered violation that `van` continues: the one that ended the day before. */
export function voortgezet(overtredingen: readonly Overtreding[], van: string): Overtreding | undefined {
  const dagErvoor = plusDagen(van, -1);
  return overtredingen.find((o) => o.totEnMet === dagErvoor);
}
