import type { Decider } from '@handhaving/domain-shared';
import type { ControleCommand } from './controle.commands';
import type { ControleEvent } from './controle.events';
import { evolveControle } from './controle.evolve';
import type { ControleState } from './controle.state';
import { controleRegels } from './regels/controle-regels';
import { annuleerControle } from './stappen/annuleer-controle';
import { planControle } from './stappen/plan-controle';
import { registreerUitvoering } from './stappen/registreer-uitvoering';
import { startVervolg } from './stappen/start-vervolg';
import { zieAfVanVervolg } from './stappen/zie-af-van-vervolg';

/**
 * A flexteam control (issue 15, item 2): each command is decided by the step named after it in
 * ./stappen; `evolve` is in controle.evolve.ts. No step's date may lie after the day it is
 * recorded (the day planned for the control may).
 */
export const controleDecider: Decider<ControleCommand, ControleEvent, ControleState> = {
  initialState: () => ({ status: 'onbekend' }),
  evolve: evolveControle,
  decide(command, state) {
    controleRegels(command).datum(command.datum, 'datum');
    switch (command.type) {
      case 'PlanControle':
        return planControle(command, state);
      case 'AnnuleerControle':
        return annuleerControle(command, state);
      case 'RegistreerUitvoering':
        return registreerUitvoering(command, state);
      case 'StartVervolg':
        return startVervolg(command, state);
      case 'ZieAfVanVervolg':
        return zieAfVanVervolg(command, state);
      default: {
        const onbekend: never = command;
        return onbekend;
      }
    }
  },
};
