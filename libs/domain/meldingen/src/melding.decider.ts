import type { Decider } from '@handhaving/domain-shared';
import type { MeldingCommand } from './melding.commands';
import type { MeldingEvent } from './melding.events';
import { evolveMelding } from './melding.evolve';
import type { MeldingState } from './melding.state';
import { meldingRegels } from './regels/melding-regels';
import { koppelAanPand } from './stappen/koppel-aan-pand';
import { registreerMelding } from './stappen/registreer-melding';
import { sluitMelding } from './stappen/sluit-melding';

/**
 * A melding: each command is decided by the step named after it in ./stappen; `evolve` is in
 * melding.evolve.ts. No step's date may lie after the day it is recorded.
 */
export const meldingDecider: Decider<MeldingCommand, MeldingEvent, MeldingState> = {
  initialState: () => ({ status: 'onbekend' }),
  evolve: evolveMelding,
  decide(command, state) {
    meldingRegels(command).datum(command.datum, 'datum');
    switch (command.type) {
      case 'RegistreerMelding':
        return registreerMelding(command, state);
      case 'KoppelAanPand':
        return koppelAanPand(command, state);
      case 'SluitMelding':
        return sluitMelding(command, state);
      default: {
        const onbekend: never = command;
        return onbekend;
      }
    }
  },
};
