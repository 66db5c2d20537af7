import { DomainRuleViolation } from '@handhaving/domain-shared';
import type { Bestreden } from '../dwangsom.events';
import type { Bezwaar, Invordering, Last } from '../dwangsom.state';
import type { MetLastState } from './vereis';

/** A besluit of the case open to bezwaar: the last, or one of its invorderingsbeschikkingen. */
export interface BestredenBesluit {
  readonly tegen: Bestreden;
  readonly naam: string;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly bezwaar?: Bezwaar;
}

/** The besluit a bezwaar names (`tegen`), or a refusal when the case has none such. */
export function bestreden(s: MetLastState, tegen: Bestreden): BestredenBesluit {
  if (tegen?.besluit === 'last') {
    return { tegen: { besluit: 'last' }, naam: 'de last', bekendmakingsdatum: s.last.bekendmakingsdatum, bezwaartermijnEinde: s.last.bezwaartermijnEinde, bezwaar: s.last.bezwaar };
  }
  if (tegen?.besluit === 'invorderingsbeschikking') {
    const i = zoekInvordering(s, tegen.invordering, 'tegen.invordering');
    return {
      tegen: { besluit: 'invorderingsbeschikking', invordering: i.invordering },
      naam: `invorderingsbeschikking ${i.invordering}`,
      bekendmakingsdatum: i.bekendmakingsdatum,
      bezwaartermijnEinde: i.bezwaartermijnEinde,
      bezwaar: i.bezwaar,
    };
  }
  throw new DomainRuleViolation('dwangsom/bestreden-besluit-onbekend', 'Zeg waartegen het bezwaar is: de last, of een invorderingsbeschikking met haar nummer', 'tegen');
}

export function zoekInvordering(s: MetLastState, nummer: number, veld: string): Invordering {
  const invordering = s.invorderingen.find((i) => i.invordering === nummer);
  if (invordering === undefined) throw new DomainRuleViolation('dwangsom/invordering-onbekend', `Er is geen invorderingsbeschikking ${nummer} in deze zaak`, veld);
  return invordering;
}

/** The case with the bezwaar against `tegen` changed (the evolve's side of the same choice). */
export function metBezwaar(state: MetLastState, tegen: Bestreden, wijzig: (b: Bezwaar) => Bezwaar): MetLastState {
  if (tegen.besluit === 'last') {
    const last: Last = { ...state.last, bezwaar: wijzig(state.last.bezwaar as Bezwaar) };
    return { ...state, last };
  }
  return { ...state, invorderingen: state.invorderingen.map((i) => (i.invordering === tegen.invordering ? { ...i, bezwaar: wijzig(i.bezwaar as Bezwaar) } : i)) };
}
