import type { VerzoekEvent } from './verzoek.events';
import type { VerzoekState } from './verzoek.state';

/**
 * A request's state after one more event. Never throws; an event it does not know (a reminder the
 * scheduler recorded, a newer version's type) or one out of place leaves the request as it was.
 */
export function evolveVerzoek(state: VerzoekState, event: VerzoekEvent): VerzoekState {
  switch (event.type) {
    case 'VerzoekVerstuurd':
      if (state.status !== 'onbekend') return state;
      return {
        status: 'verstuurd',
        zaak: {
          zaakId: event.zaakId,
          gemeente: event.gemeente,
          aan: event.aan,
          pand: event.pand,
          pandSleutel: event.pandSleutel,
          herkomst: event.herkomst,
          verstuurdOp: event.datum,
          antwoordtermijnInWeken: event.antwoordtermijnInWeken,
          antwoordUiterlijk: event.antwoordUiterlijk,
        },
      };
    case 'VerzoekBeantwoord':
      if (state.status !== 'verstuurd') return state;
      return { status: 'beantwoord', zaak: state.zaak, antwoord: { uitkomst: event.uitkomst, datum: event.datum } };
    default: {
      const onbekend: never = event;
      void onbekend;
      return state;
    }
  }
}
