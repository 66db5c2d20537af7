import { herinneringId } from '@handhaving/domain-shared';
import type { Herinnering } from '@handhaving/policy';
import { isWerkdag, tijdstipInAmsterdam, werkdagenNa, werkdagenVoor } from '@handhaving/termijnen';

/*
 * When the reminders of a term fire (docs/termijnen.md "Reminders"): a local
 * time on a werkdag in Europe/Amsterdam, relative to the last day of the term. The date is
 * found with the werkdagen of @handhaving/termijnen (the days the Atw itself counts), and only
 * then turned into an instant, so daylight saving never shifts a reminder.
 */

export interface GeplandeHerinnering {
  /** `voor-einde-5wd-0800`, `op-einddag-0800`, `na-einde-1wd-0800`: names the policy's reminder; no ':'. */
  readonly soort: string;
  /** `{deadlineId}.{soort}.{termijnEinde}`: what HerinneringVerstuurd records once. */
  readonly herinneringId: string;
  /** The werkdag it fires on (YYYY-MM-DD, Amsterdam). */
  readonly datum: string;
  /** The instant it fires (ISO 8601, UTC). */
  readonly moment: string;
}

export function herinneringSoort(herinnering: Herinnering): string {
  const tijd = herinnering.tijd.replace(':', '');
  return herinnering.wanneer === 'op-einddag' ? `op-einddag-${tijd}` : `${herinnering.wanneer}-${herinnering.werkdagen}wd-${tijd}`;
}

/** The werkdag a reminder falls on for a term ending on `einde`. */
export function herinneringsdatum(herinnering: Herinnering, einde: string): string {
  switch (herinnering.wanneer) {
    case 'voor-einde':
      return werkdagenVoor(einde, herinnering.werkdagen);
    case 'na-einde':
      return werkdagenNa(einde, herinnering.werkdagen);
    case 'op-einddag':
      // A term the Atw does not extend (a closure, the one-year verjaring) may end on a Sunday:
      // remind on the last werkdag of the term, not after it.
      return isWerkdag(einde) ? einde : werkdagenVoor(einde, 1);
    default: {
      const onbekend: never = herinnering;
      throw new Error(`Onbekende herinnering ${JSON.stringify(onbekend)}`);
    }
  }
}

/** Every reminder the policy sets for a term ending on `einde`, earliest first; one per soort. */
export function herinneringsmomenten(deadlineId: string, einde: string, herinneringen: readonly Herinnering[]): GeplandeHerinnering[] {
  const perSoort = new Map<string, GeplandeHerinnering>();
  for (const herinnering of herinneringen) {
    const soort = herinneringSoort(herinnering);
    const datum = herinneringsdatum(herinnering, einde);
    perSoort.set(soort, { soort, herinneringId: herinneringId(deadlineId, soort, einde), datum, moment: lokaalTijdstip(datum, herinnering.tijd) });
  }
  return [...perSoort.values()].sort((a, b) => (a.moment < b.moment ? -1 : a.moment > b.moment ? 1 : 0));
}

// Turning a local time into an instant goes through the time-zone rules (luxon, ~0.1 ms); many
// terms share their reminder days, so a reconcile of 100,000 terms asks for few distinct ones.
const tijdstippen = new Map<string, string>();

function lokaalTijdstip(datum: string, tijd: string): string {
  const sleutel = `${datum}T${tijd}`;
  let moment = tijdstippen.get(sleutel);
  if (moment === undefined) {
    const [uur, minuut] = tijd.split(':').map(Number);
    moment = tijdstipInAmsterdam(datum, uur, minuut);
    if (tijdstippen.size >= 50_000) tijdstippen.clear();
    tijdstippen.set(sleutel, moment);
  }
  return moment;
}
