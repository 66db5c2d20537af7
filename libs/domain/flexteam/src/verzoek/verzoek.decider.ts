import type { Decider } from '@handhaving/domain-shared';
import { verzoekRegels } from './regels/verzoek-regels';
import { registreerAntwoord } from './stappen/registreer-antwoord';
import { verstuurVerzoek } from './stappen/verstuur-verzoek';
import type { VerzoekCommand } from './verzoek.commands';
import type { VerzoekEvent } from './verzoek.events';
import { evolveVerzoek } from './verzoek.evolve';
import type { VerzoekState } from './verzoek.state';

/**
 * An outgoing request (issue 15, item 3): each command is decided by the step named after it in
 * ./stappen; `evolve` is in verzoek.evolve.ts. No step's date may lie after the day it is recorded.
 */
export const verzoekDecider: Decider<VerzoekCommand, VerzoekEvent, VerzoekState> = {
  initialState: () => ({ status: 'onbekend' }),
  evolve: evolveVerzoek,
  decide(command, state) {
    verzoekRegels(command).datum(command.datum, 'datum');
    switch (command.type) {
      case 'VerstuurVerzoek':
        return verstuurVerzoek(command, state);
      case 'RegistreerAntwoord':
        return registreerAntwoord(command, state);
      default: {
        const onbekend: never = command;
        return onbekend;
      }
    }
  },
};
