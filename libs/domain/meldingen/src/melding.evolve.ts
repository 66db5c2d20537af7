import type { MeldingEvent } from './melding.events';
import type { MeldingState } from './melding.state';

/**
 * A melding's state after one more event. Never throws; an event it does not know (a reminder the
 * scheduler recorded, a newer version's type) leaves the melding as it was.
 */
export function evolveMelding(state: MeldingState, event: MeldingEvent): MeldingState {
  switch (event.type) {
    case 'MeldingGeregistreerd':
      if (state.status !== 'onbekend') return state;
      return {
        status: 'open',
        melding: { zaakId: event.zaakId, gemeente: event.gemeente, bron: event.bron, categorie: event.categorie, plaats: event.plaats, meldingsdatum: event.meldingsdatum, laatsteDatum: event.datum },
      };
    case 'MeldingAanPandGekoppeld':
      if (state.status !== 'open') return state;
      return { ...state, melding: { ...state.melding, plaats: { soort: 'pand', pand: event.pand }, laatsteDatum: event.datum } };
    case 'MeldingGesloten':
      if (state.status !== 'open') return state;
      return { status: 'gesloten', melding: { ...state.melding, laatsteDatum: event.datum }, reden: event.reden, ...(event.zaak === undefined ? {} : { zaak: event.zaak }) };
    default: {
      const onbekend: never = event;
      void onbekend;
      return state;
    }
  }
}
