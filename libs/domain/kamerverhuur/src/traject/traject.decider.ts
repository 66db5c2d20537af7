import type { Decider } from '@handhaving/domain-shared';
import { kamerverhuurRegels } from '../regels/kamerverhuur-regels';
import type { TrajectCommand } from './traject.commands';
import type { TrajectEvent } from './traject.events';
import { evolveTraject } from './traject.evolve';
import type { TrajectState } from './traject.state';
import { kiesLastOnderDwangsom } from './stappen/kies-last-onder-dwangsom';
import { legLastOnderBestuursdwangOp } from './stappen/leg-last-onder-bestuursdwang-op';
import { neemBeslissingOpBezwaar } from './stappen/neem-beslissing-op-bezwaar';
import { pasBestuursdwangToe } from './stappen/pas-bestuursdwang-toe';
import { registreerBeroep } from './stappen/registreer-beroep';
import { registreerBezwaar } from './stappen/registreer-bezwaar';
import { registreerConstatering } from './stappen/registreer-constatering';
import { registreerEindeOpschorting } from './stappen/registreer-einde-opschorting';
import { registreerHercontrole } from './stappen/registreer-hercontrole';
import { registreerUitspraakOpBeroep } from './stappen/registreer-uitspraak-op-beroep';
import { registreerVoorlopigeVoorziening } from './stappen/registreer-voorlopige-voorziening';
import { registreerZienswijze } from './stappen/registreer-zienswijze';
import { sluitTrajectAf } from './stappen/sluit-traject-af';
import { stelBeslissingOpBezwaarUit } from './stappen/stel-beslissing-op-bezwaar-uit';
import { stelVastDatZienswijzetermijnVerstreken } from './stappen/stel-vast-dat-zienswijzetermijn-verstreken';
import { verdaagBeslistermijnBezwaar } from './stappen/verdaag-beslistermijn-bezwaar';
import { verzendVooraankondiging } from './stappen/verzend-vooraankondiging';
import { verzendVoornemen } from './stappen/verzend-voornemen';
import { vraagHerstelVerzuim } from './stappen/vraag-herstel-verzuim';

/**
 * A handhavingstraject of kamerverhuur (issue 14, item 3): each command is decided by the step
 * named after it in ./stappen, the Awb steps through the kernel (@handhaving/domain-awb);
 * `evolve` is in traject.evolve.ts.
 */
export const trajectDecider: Decider<TrajectCommand, TrajectEvent, TrajectState> = {
  initialState: () => ({ status: 'onbekend' }),
  evolve: evolveTraject,
  decide(command, state) {
    kamerverhuurRegels(command).datum(command.datum, 'datum');
    switch (command.type) {
      case 'RegistreerConstatering':
        return registreerConstatering(command, state);
      case 'VerzendVooraankondiging':
        return verzendVooraankondiging(command, state);
      case 'RegistreerHercontrole':
        return registreerHercontrole(command, state);
      case 'KiesLastOnderDwangsom':
        return kiesLastOnderDwangsom(command, state);
      case 'VerzendVoornemen':
        return verzendVoornemen(command, state);
      case 'RegistreerZienswijze':
        return registreerZienswijze(command, state);
      case 'StelVastDatZienswijzetermijnVerstreken':
        return stelVastDatZienswijzetermijnVerstreken(command, state);
      case 'LegLastOnderBestuursdwangOp':
        return legLastOnderBestuursdwangOp(command, state);
      case 'PasBestuursdwangToe':
        return pasBestuursdwangToe(command, state);
      case 'SluitTrajectAf':
        return sluitTrajectAf(command, state);
      case 'RegistreerBezwaar':
        return registreerBezwaar(command, state);
      case 'VraagHerstelVerzuim':
        return vraagHerstelVerzuim(command, state);
      case 'RegistreerEindeOpschorting':
        return registreerEindeOpschorting(command, state);
      case 'VerdaagBeslistermijnBezwaar':
        return verdaagBeslistermijnBezwaar(command, state);
      case 'StelBeslissingOpBezwaarUit':
        return stelBeslissingOpBezwaarUit(command, state);
      case 'NeemBeslissingOpBezwaar':
        return neemBeslissingOpBezwaar(command, state);
      case 'RegistreerVoorlopigeVoorziening':
        return registreerVoorlopigeVoorziening(command, state);
      case 'RegistreerBeroep':
        return registreerBeroep(command, state);
      case 'RegistreerUitspraakOpBeroep':
        return registreerUitspraakOpBeroep(command, state);
      default: {
        const unhandled: never = command;
        return unhandled;
      }
    }
  },
};
