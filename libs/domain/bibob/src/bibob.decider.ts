import type { Decider } from '@handhaving/domain-shared';
import type { BibobCommand } from './bibob.commands';
import { evolveBibob } from './bibob.evolve';
import type { BibobEvent } from './bibob.events';
import type { BibobState } from './bibob.state';
import { bibobRegels } from './regels/vereis';
import { neemBeslissingOpBezwaar } from './stappen/neem-beslissing-op-bezwaar';
import { neemBesluit } from './stappen/neem-besluit';
import { registreerAntwoordOpVragenLbb } from './stappen/registreer-antwoord-op-vragen-lbb';
import { registreerBeroep } from './stappen/registreer-beroep';
import { registreerBezwaar } from './stappen/registreer-bezwaar';
import { registreerEindeOpschorting } from './stappen/registreer-einde-opschorting';
import { registreerLbbAdvies } from './stappen/registreer-lbb-advies';
import { registreerOntvangstGegevens } from './stappen/registreer-ontvangst-gegevens';
import { registreerUitspraakOpBeroep } from './stappen/registreer-uitspraak-op-beroep';
import { registreerVoorlopigeVoorziening } from './stappen/registreer-voorlopige-voorziening';
import { registreerVragenLbb } from './stappen/registreer-vragen-lbb';
import { registreerZienswijze } from './stappen/registreer-zienswijze';
import { rondEigenOnderzoekAf } from './stappen/rond-eigen-onderzoek-af';
import { sluitToetsAf } from './stappen/sluit-toets-af';
import { startToets } from './stappen/start-toets';
import { stelBeslissingOpBezwaarUit } from './stappen/stel-beslissing-op-bezwaar-uit';
import { stelVastDatZienswijzetermijnVerstreken } from './stappen/stel-vast-dat-zienswijzetermijn-verstreken';
import { verdaagBeslistermijnBezwaar } from './stappen/verdaag-beslistermijn-bezwaar';
import { vernietigInhoud } from './stappen/vernietig-inhoud';
import { verlengLbbTermijn } from './stappen/verleng-lbb-termijn';
import { verzendVoornemen } from './stappen/verzend-voornemen';
import { vraagGegevensOp } from './stappen/vraag-gegevens-op';
import { vraagHerstelVerzuim } from './stappen/vraag-herstel-verzuim';
import { vraagLbbAdvies } from './stappen/vraag-lbb-advies';

/**
 * A Bibob toets: each command is decided by the step named after it in ./stappen, the Awb steps
 * through the kernel (@handhaving/domain-awb); `evolve` is in bibob.evolve.ts. Every step's date
 * is checked, and none may lie after the day it is recorded.
 */
export const bibobDecider: Decider<BibobCommand, BibobEvent, BibobState> = {
  initialState: () => ({ status: 'onbekend' }),
  evolve: evolveBibob,
  decide(command, state) {
    bibobRegels(command).datum(command.datum, 'datum');
    switch (command.type) {
      case 'StartToets':
        return startToets(command, state);
      case 'VraagGegevensOp':
        return vraagGegevensOp(command, state);
      case 'RegistreerOntvangstGegevens':
        return registreerOntvangstGegevens(command, state);
      case 'RondEigenOnderzoekAf':
        return rondEigenOnderzoekAf(command, state);
      case 'VraagLbbAdvies':
        return vraagLbbAdvies(command, state);
      case 'VerlengLbbTermijn':
        return verlengLbbTermijn(command, state);
      case 'RegistreerVragenLbb':
        return registreerVragenLbb(command, state);
      case 'RegistreerAntwoordOpVragenLbb':
        return registreerAntwoordOpVragenLbb(command, state);
      case 'RegistreerLbbAdvies':
        return registreerLbbAdvies(command, state);
      case 'VerzendVoornemen':
        return verzendVoornemen(command, state);
      case 'RegistreerZienswijze':
        return registreerZienswijze(command, state);
      case 'StelVastDatZienswijzetermijnVerstreken':
        return stelVastDatZienswijzetermijnVerstreken(command, state);
      case 'NeemBesluit':
        return neemBesluit(command, state);
      case 'SluitToetsAf':
        return sluitToetsAf(command, state);
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
      case 'VernietigInhoud':
        return vernietigInhoud(command, state);
      default: {
        const onbekend: never = command;
        return onbekend;
      }
    }
  },
};
