import type { Decider } from '@handhaving/domain-shared';
import type { RegisterCommand } from './register.commands';
import type { RegisterEvent } from './register.events';
import { evolveRegister } from './register.evolve';
import type { RegisterState } from './register.state';
import { kamerverhuurRegels } from '../regels/kamerverhuur-regels';
import { corrigeerGegevens } from './stappen/corrigeer-gegevens';
import { neemPandOp } from './stappen/neem-pand-op';
import { wijzigStand } from './stappen/wijzig-stand';

/**
 * A pand's entry in the kamerverhuur register (issue 14, item 1): each command is decided by the
 * step named after it in ./stappen, with the checks of the Awb kernel (@handhaving/domain-awb);
 * `evolve` is in register.evolve.ts.
 */
export const registerDecider: Decider<RegisterCommand, RegisterEvent, RegisterState> = {
  initialState: () => ({ status: 'onbekend' }),
  evolve: evolveRegister,
  decide(command, state) {
    kamerverhuurRegels(command).datum(command.datum, 'datum');
    switch (command.type) {
      case 'NeemPandOp':
        return neemPandOp(command, state);
      case 'WijzigStand':
        return wijzigStand(command, state);
      case 'CorrigeerGegevens':
        return corrigeerGegevens(command, state);
      default: {
        const unhandled: never = command;
        return unhandled;
      }
    }
  },
};
