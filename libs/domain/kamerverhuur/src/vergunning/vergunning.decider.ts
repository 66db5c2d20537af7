import type { Decider } from '@handhaving/domain-shared';
import { kamerverhuurRegels } from './regels/vereis';
import { neemBeslissingOpBezwaar } from './stappen/neem-beslissing-op-bezwaar';
import { registreerAanvulling } from './stappen/registreer-aanvulling';
import { registreerBeroep } from './stappen/registreer-beroep';
import { registreerBezwaar } from './stappen/registreer-bezwaar';
import { registreerEindeOpschorting } from './stappen/registreer-einde-opschorting';
import { registreerUitspraakOpBeroep } from './stappen/registreer-uitspraak-op-beroep';
import { registreerVoorlopigeVoorziening } from './stappen/registreer-voorlopige-voorziening';
import { registreerZienswijze } from './stappen/registreer-zienswijze';
import { stelBeslissingOpBezwaarUit } from './stappen/stel-beslissing-op-bezwaar-uit';
import { stelVastDatZienswijzetermijnVerstreken } from './stappen/stel-vast-dat-zienswijzetermijn-verstreken';
import { stelVervalVast } from './stappen/stel-verval-vast';
import { trekVergunningIn } from './stappen/trek-vergunning-in';
import { verdaagBeslistermijnAanvraag } from './stappen/verdaag-beslistermijn-aanvraag';
import { verdaagBeslistermijnBezwaar } from './stappen/verdaag-beslistermijn-bezwaar';
import { verleenVergunning } from './stappen/verleen-vergunning';
import { verzendVoornemen } from './stappen/verzend-voornemen';
import { vraagAanvullingAan } from './stappen/vraag-aanvulling-aan';
import { vraagHerstelVerzuim } from './stappen/vraag-herstel-verzuim';
import { vraagVergunningAan } from './stappen/vraag-vergunning-aan';
import { weigerVergunning } from './stappen/weiger-vergunning';
import type { VergunningCommand } from './vergunning.commands';
import type { VergunningEvent } from './vergunning.events';
import { evolveVergunning } from './vergunning.evolve';
import type { VergunningState } from './vergunning.state';

/**
 * A kamerverhuurvergunning (issue 14, item 2): each command is decided by the step named after it
 * in ./stappen, the Awb steps through the kernel (@handhaving/domain-awb); `evolve` is in
 * vergunning.evolve.ts. Every step's date is checked, and none may lie after the day it is recorded.
 */
export const vergunningDecider: Decider<VergunningCommand, VergunningEvent, VergunningState> = {
  initialState: () => ({ status: 'onbekend' }),
  evolve: evolveVergunning,
  decide(command, state) {
    kamerverhuurRegels(command).datum(command.datum, 'datum');
    switch (command.type) {
      case 'VraagVergunningAan':
        return vraagVergunningAan(command, state);
      case 'VraagAanvullingAan':
        return vraagAanvullingAan(command, state);
      case 'RegistreerAanvulling':
        return registreerAanvulling(command, state);
      case 'VerdaagBeslistermijnAanvraag':
        return verdaagBeslistermijnAanvraag(command, state);
      case 'VerzendVoornemen':
        return verzendVoornemen(command, state);
      case 'RegistreerZienswijze':
        return registreerZienswijze(command, state);
      case 'StelVastDatZienswijzetermijnVerstreken':
        return stelVastDatZienswijzetermijnVerstreken(command, state);
      case 'VerleenVergunning':
        return verleenVergunning(command, state);
      case 'WeigerVergunning':
        return weigerVergunning(command, state);
      case 'TrekVergunningIn':
        return trekVergunningIn(command, state);
      case 'StelVervalVast':
        return stelVervalVast(command, state);
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
        const onbekend: never = command;
        return onbekend;
      }
    }
  },
};
