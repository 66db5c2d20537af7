import type { Bevinding, Bezoek, Vervolgcontext } from '../controle.events';
import type { ControleState, Vervolgstand } from '../controle.state';

/*
 * Which findings of a control need a follow-up, and where it runs (docs/flexteam.md, "Vervolg").
 * The process managers read these to know what to start; the decider to know when the control is
 * afgerond.
 */

/** A finding at one address. */
export interface BevindingOpAdres {
  readonly pandSleutel: string;
  readonly bevinding: Bevinding;
}

/** Every finding needs a follow-up started or declined, except `geen-bijzonderheden`. */
export function vraagtVervolg(bevinding: Bevinding): boolean {
  return bevinding !== 'geen-bijzonderheden';
}

/**
 * The context a finding's follow-up is expected in: a kamerverhuur handhavingstraject for
 * kamerverhuur and woningsplitsing; an outgoing request (to the BRP, to bouw- en woningtoezicht)
 * for brp-onjuist and brandonveilig; a Damocles case for drugs found, opened once the police report
 * (bestuurlijke rapportage) arrives, so it is not started on the day of the control. None for
 * overlast: a medewerker starts one in any context, or declines; nor for geen-bijzonderheden.
 */
export function verwachteVervolgcontext(bevinding: Bevinding): Vervolgcontext | undefined {
  switch (bevinding) {
    case 'kamerverhuur':
    case 'woningsplitsing':
      return 'kamerverhuurtraject';
    case 'brp-onjuist':
    case 'brandonveilig':
      return 'verzoek';
    case 'drugs-aangetroffen':
      return 'damocles';
    case 'overlast':
    case 'geen-bijzonderheden':
      return undefined;
    default: {
      const onbekend: never = bevinding;
      return onbekend;
    }
  }
}

/** The findings of the visits that need a follow-up, each still open. */
export function vervolgenVan(bezoeken: readonly Bezoek[]): readonly Vervolgstand[] {
  return bezoeken.flatMap((bezoek) => bezoek.bevindingen.filter(vraagtVervolg).map((bevinding): Vervolgstand => ({ pandSleutel: bezoek.pandSleutel, bevinding, stand: 'open' })));
}

/** The findings of an executed control still without a follow-up started or declined; none before it is executed. */
export function openVervolgen(state: ControleState): readonly BevindingOpAdres[] {
  if (state.status !== 'uitgevoerd' && state.status !== 'afgerond') return [];
  return state.vervolgen.filter((v) => v.stand === 'open').map(({ pandSleutel, bevinding }) => ({ pandSleutel, bevinding }));
}
