import { DomainRuleViolation } from '../decider/domain-rule-violation';

/*
 * The case another case started from, when not from a medewerker's or toezichthouder's own
 * finding: a flexteam control whose finding it follows up. The same shape in every context that
 * can be a follow-up (a kamerverhuur traject, a Damocles case), so the control's process manager
 * finds its follow-ups by it and the case names the control it came from.
 */

export const BRONCONTEXTEN = ['flexteam'] as const;
export type Broncontext = (typeof BRONCONTEXTEN)[number];

export interface Bron {
  readonly context: Broncontext;
  readonly zaakId: string;
}

/** The bron as given, checked: a known context and a case id; refused under `{prefix}/bron-onbekend`. */
export function leesBron(bron: Bron, prefix: string, zaaksoort: string): Bron {
  if (!(BRONCONTEXTEN as readonly unknown[]).includes(bron?.context)) {
    throw new DomainRuleViolation(
      `${prefix}/bron-onbekend`,
      `${zaaksoort} kan voortkomen uit een controle van ${BRONCONTEXTEN.join(', ')}, niet uit ${JSON.stringify(bron?.context)}; laat bron weg bij een eigen constatering`,
      'bron.context',
    );
  }
  if (typeof bron.zaakId !== 'string' || bron.zaakId.trim() === '') {
    throw new DomainRuleViolation(`${prefix}/bron-onbekend`, 'Noem de flexteamcontrole (zaakId) waaruit de zaak voortkomt', 'bron.zaakId');
  }
  return { context: bron.context, zaakId: bron.zaakId.trim() };
}
