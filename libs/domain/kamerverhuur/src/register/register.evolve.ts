import type { RegisterEvent } from './register.events';
import type { RegisterState } from './register.state';

/**
 * A pand's register entry after one more event. Never throws; an event it does not know (a
 * reminder, a newer version's type) leaves the entry as it was.
 */
export function evolveRegister(state: RegisterState, event: RegisterEvent): RegisterState {
  switch (event.type) {
    case 'PandInRegisterOpgenomen':
      if (state.status !== 'onbekend') return state;
      return {
        status: 'opgenomen',
        zaakId: event.zaakId,
        gemeente: event.gemeente,
        pand: event.pand,
        aantalKamers: event.aantalKamers,
        betrokkenen: event.betrokkenen,
        opgenomenOp: event.ingangsdatum,
        wijzigingen: [],
      };
    case 'StandGewijzigd':
      if (state.status !== 'opgenomen') return state;
      return {
        ...state,
        wijzigingen: [...state.wijzigingen, { wijziging: event.wijziging, naar: event.naar, ingangsdatum: event.ingangsdatum, ...(event.reden === undefined ? {} : { reden: event.reden }), ...(event.aanleiding === undefined ? {} : { aanleiding: event.aanleiding }) }],
      };
    case 'GegevensGecorrigeerd': {
      if (state.status !== 'opgenomen') return state;
      const vervallen = { reden: event.reden, geregistreerdOp: event.geregistreerdOp };
      return { ...state, wijzigingen: state.wijzigingen.map((w) => (w.wijziging === event.correctie.wijziging ? { ...w, vervallen } : w)) };
    }
    default:
      return state;
  }
}
