import type { BetrokkeneEvent, RedenVerwijdering, SoortBetrokkene } from '@handhaving/domain-betrokkenen';
import type { RecordedMetadata } from '@handhaving/event-store';

/*
 * Betrokkenen registered and erased in one gemeente in one year (the read model
 * `betrokkenen.telling`): counts only, never data. A figure that must not change when a person's
 * data is erased: the erasure is counted beside the registration, which stays counted. Pure: the
 * projection (betrokkenen-telling.projection.ts) adds the counts to Redis, the question is in
 * betrokkenen-telling.vragen.ts.
 */

/** The event types this read model folds. */
export const BETROKKENEN_TELLING_EVENTS = ['BetrokkeneGeregistreerd', 'PersoonsgegevensVerwijderd'] as const satisfies readonly BetrokkeneEvent['type'][];

/** One counter: registrations by soort, erasures by reden. */
export type BetrokkenenTeller = `geregistreerd:${SoortBetrokkene}` | `verwijderd:${RedenVerwijdering}`;

/** The counters of one gemeente and year; a counter that never counted is absent. */
export type BetrokkenenTellers = { readonly [teller in BetrokkenenTeller]?: number };

/** Whose counters an event moves: the gemeente of its metadata ('onbekend' without one) and the year (`JJJJ`) of its date. */
export function telPeriode(event: BetrokkeneEvent, recorded: Pick<RecordedMetadata, 'gemeente'>): { readonly gemeente: string; readonly jaar: string } {
  return { gemeente: recorded.gemeente ?? 'onbekend', jaar: geteld(event).datum.slice(0, 4) };
}

/** The counters of the event's gemeente and year after `event` (`telPeriode`); null before the first. */
export function evolveBetrokkenenTelling(tellers: BetrokkenenTellers | null, event: BetrokkeneEvent): BetrokkenenTellers {
  const { teller } = geteld(event);
  return { ...tellers, [teller]: (tellers?.[teller] ?? 0) + 1 };
}

/** The counter an event adds one to, and the date that puts it in its year. */
function geteld(event: BetrokkeneEvent): { readonly datum: string; readonly teller: BetrokkenenTeller } {
  switch (event.type) {
    case 'BetrokkeneGeregistreerd':
      return { datum: event.registratiedatum, teller: `geregistreerd:${event.soort}` };
    case 'PersoonsgegevensVerwijderd':
      return { datum: event.verwijderdOp, teller: `verwijderd:${event.reden}` };
    default: {
      const unhandled: never = event;
      throw new Error(`betrokkenen.telling does not handle ${JSON.stringify(unhandled)}`);
    }
  }
}
