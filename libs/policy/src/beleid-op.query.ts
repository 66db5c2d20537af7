import { DomainRuleViolation, fold } from '@handhaving/domain-shared';
import type { Beleid } from './beleid';
import type { BeleidVersie } from './beleid-versie';
import { beleidDecider, type BeleidState } from './beleid.decider';
import type { BeleidEvent } from './beleid.events';
import { isKalenderdatum } from './kalenderdatum';

export interface BeleidVanKracht {
  readonly status: 'van-kracht';
  readonly gemeente: string;
  readonly datum: string;
  readonly ingangsdatum: string;
  /** The id to record on a case judged by this policy. */
  readonly versie: string;
  readonly beleid: Beleid;
  readonly toelichting: string;
}

export interface GeenBeleidVanKracht {
  readonly status: 'geen-beleid';
  readonly gemeente?: string;
  readonly datum: string;
  /** In Dutch, for the medewerker: why there is none. */
  readonly reden: string;
  /** When the first version in force starts, if there is one after `datum`. */
  readonly eersteIngangsdatum?: string;
}

export type BeleidOpDatum = BeleidVanKracht | GeenBeleidVanKracht;

/** A folded policy stream, or its events from the first (all of them, or those recorded by a date K). */
export type BeleidBron = BeleidState | readonly BeleidEvent[];

function toState(bron: BeleidBron): BeleidState {
  return Array.isArray(bron) ? fold(beleidDecider, bron as readonly BeleidEvent[]) : (bron as BeleidState);
}

/** The versions that apply from their ingangsdatum, earliest first. */
export function geldigeVersies(bron: BeleidBron): BeleidVersie[] {
  const state = toState(bron);
  if (state.status !== 'vastgesteld') return [];
  return state.versies.filter((v) => v.status === 'geldig').sort((a, b) => (a.ingangsdatum < b.ingangsdatum ? -1 : 1));
}

/**
 * The policy in force for the gemeente on `datum` (a domain date: the date of the facts): the
 * valid version with the latest ingangsdatum on or before it. Replaced and withdrawn versions
 * never apply; a withdrawn one leaves its dates to the version before it.
 */
export function beleidOp(bron: BeleidBron, datum: string): BeleidOpDatum {
  if (!isKalenderdatum(datum)) {
    throw new DomainRuleViolation('beleid/datum-ongeldig', `${JSON.stringify(datum)} is geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2020-01-01`, 'datum');
  }
  const state = toState(bron);
  const versies = geldigeVersies(state);
  const gemeente = state.status === 'vastgesteld' ? state.gemeente : undefined;
  let vanKracht: BeleidVersie | undefined;
  for (const versie of versies) {
    if (versie.ingangsdatum <= datum) vanKracht = versie;
  }
  if (vanKracht) {
    return {
      status: 'van-kracht',
      gemeente: vanKracht.gemeente,
      datum,
      ingangsdatum: vanKracht.ingangsdatum,
      versie: vanKracht.versie,
      beleid: vanKracht.beleid,
      toelichting: vanKracht.toelichting,
    };
  }
  const eerste = versies[0]?.ingangsdatum;
  const wie = gemeente === undefined ? '' : ` voor ${gemeente}`;
  return {
    status: 'geen-beleid',
    ...(gemeente === undefined ? {} : { gemeente }),
    datum,
    reden:
      eerste !== undefined
        ? `Geen beleid van kracht op ${datum}${wie}: het eerste beleid gaat in op ${eerste}`
        : state.status === 'vastgesteld'
          ? `Geen beleid van kracht op ${datum}${wie}: alle vastgestelde versies zijn ingetrokken`
          : `Geen beleid van kracht op ${datum}${wie}: er is geen beleid vastgesteld`,
    ...(eerste === undefined ? {} : { eersteIngangsdatum: eerste }),
  };
}

/**
 * A version by the id a case recorded, whatever became of it since (replaced, withdrawn), so a
 * case can always show the policy it was judged by.
 */
export function beleidsversie(bron: BeleidBron, versie: string): BeleidVersie | undefined {
  const state = toState(bron);
  return state.status === 'vastgesteld' ? state.versies.find((v) => v.versie === versie) : undefined;
}
