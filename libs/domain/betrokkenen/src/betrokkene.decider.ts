import { DomainRuleViolation, type Decider } from '@handhaving/domain-shared';
import type { BetrokkeneCommand } from './betrokkene.commands';
import type { BetrokkeneEvent } from './betrokkene.events';

export type BetrokkeneState =
  | { readonly status: 'onbekend' }
  | { readonly status: 'geregistreerd'; readonly betrokkeneId: string; readonly registratiedatum: string }
  | { readonly status: 'verwijderd'; readonly betrokkeneId: string };

/** A betrokkene's stream: `betrokkene-{id}`. */
export function betrokkeneStreamId(betrokkeneId: string): string {
  return `betrokkene-${betrokkeneId}`;
}

export const betrokkeneDecider: Decider<BetrokkeneCommand, BetrokkeneEvent, BetrokkeneState> = {
  initialState: () => ({ status: 'onbekend' }),

  evolve(state, event) {
    switch (event.type) {
      case 'BetrokkeneGeregistreerd':
        return { status: 'geregistreerd', betrokkeneId: event.betrokkeneId, registratiedatum: event.registratiedatum };
      case 'PersoonsgegevensVerwijderd':
        return { status: 'verwijderd', betrokkeneId: event.betrokkeneId };
      default: {
        // An event this version does not know (another process's, or a newer version's): no change.
        const unhandled: never = event;
        void unhandled;
        return state;
      }
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'RegistreerBetrokkene': {
        if (state.status !== 'onbekend') {
          throw new DomainRuleViolation('betrokkene/al-geregistreerd', 'Deze betrokkene is al geregistreerd', 'betrokkeneId');
        }
        if (command.gegevens.subjectId !== command.betrokkeneId) {
          // The sealed data must be sealed under this betrokkene's own key, or erasure would miss it.
          throw new DomainRuleViolation('betrokkene/sleutel-hoort-niet-bij-betrokkene', 'De gegevens zijn niet met de sleutel van deze betrokkene versleuteld', 'gegevens');
        }
        return [
          {
            type: 'BetrokkeneGeregistreerd',
            betrokkeneId: command.betrokkeneId,
            gemeente: command.gemeente,
            soort: command.soort,
            gegevens: command.gegevens,
            registratiedatum: command.datum,
          },
        ];
      }
      case 'VerwijderPersoonsgegevens': {
        if (state.status === 'onbekend') {
          throw new DomainRuleViolation('betrokkene/onbekend', 'Er is geen betrokkene met dit id', 'betrokkeneId');
        }
        if (state.status === 'verwijderd') {
          throw new DomainRuleViolation('betrokkene/al-verwijderd', 'De persoonsgegevens van deze betrokkene zijn al verwijderd');
        }
        if (command.datum < state.registratiedatum) {
          throw new DomainRuleViolation('betrokkene/verwijdering-voor-registratie', 'De verwijderdatum ligt vóór de registratie', 'datum');
        }
        return [
          {
            type: 'PersoonsgegevensVerwijderd',
            betrokkeneId: command.betrokkeneId,
            reden: command.reden,
            toelichting: command.toelichting,
            verwijderdOp: command.datum,
          },
        ];
      }
      default: {
        const unhandled: never = command;
        return unhandled;
      }
    }
  },
};
