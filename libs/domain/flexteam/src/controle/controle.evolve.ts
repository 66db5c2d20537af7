import type { ControleEvent } from './controle.events';
import type { ControleState, Vervolgafhandeling, Vervolgstand } from './controle.state';
import { vervolgenVan } from './regels/vervolgen';

/**
 * A control's state after one more event. Never throws; an event it does not know (a reminder the
 * scheduler recorded, a newer version's type) or one out of place leaves the control as it was.
 */
export function evolveControle(state: ControleState, event: ControleEvent): ControleState {
  switch (event.type) {
    case 'ControleGepland':
      if (state.status !== 'onbekend') return state;
      return {
        status: 'gepland',
        zaak: { zaakId: event.zaakId, gemeente: event.gemeente },
        planning: { datum: event.datum, geplandOp: event.geplandOp, gebied: event.gebied, partners: event.partners, adressen: event.adressen },
      };
    case 'ControleGeannuleerd':
      if (state.status !== 'gepland') return state;
      return { ...state, status: 'geannuleerd', annulering: { datum: event.datum, reden: event.reden } };
    case 'ControleUitgevoerd':
      if (state.status !== 'gepland') return state;
      return {
        ...state,
        status: 'uitgevoerd',
        uitvoering: { datum: event.datum, teamgrootte: event.teamgrootte, bezoeken: event.bezoeken },
        vervolgen: vervolgenVan(event.bezoeken),
      };
    case 'VervolgGestart':
      if (state.status !== 'uitgevoerd' && state.status !== 'afgerond') return state;
      return { ...state, vervolgen: zet(state.vervolgen, event, { stand: 'gestart', vervolg: event.vervolg, datum: event.datum }) };
    case 'VervolgAfgezien':
      if (state.status !== 'uitgevoerd' && state.status !== 'afgerond') return state;
      return { ...state, vervolgen: zet(state.vervolgen, event, { stand: 'afgezien', reden: event.reden, datum: event.datum }) };
    case 'ControleAfgerond':
      if (state.status !== 'uitgevoerd') return state;
      return { ...state, status: 'afgerond', afgerondOp: event.datum };
    default: {
      const onbekend: never = event;
      void onbekend;
      return state;
    }
  }
}

/** The finding's follow-up set, if it is still open; a second event for it changes nothing. */
function zet(vervolgen: readonly Vervolgstand[], bij: { readonly pandSleutel: string; readonly bevinding: string }, afhandeling: Exclude<Vervolgafhandeling, { readonly stand: 'open' }>): readonly Vervolgstand[] {
  return vervolgen.map((v) => (v.pandSleutel === bij.pandSleutel && v.bevinding === bij.bevinding && v.stand === 'open' ? { pandSleutel: v.pandSleutel, bevinding: v.bevinding, ...afhandeling } : v));
}
