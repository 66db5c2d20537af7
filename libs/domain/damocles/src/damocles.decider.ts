import type { Decider } from '@handhaving/domain-shared';
import type { DamoclesCommand } from './damocles.commands';
import { evolveDamocles } from './damocles.evolve';
import type { DamoclesEvent } from './damocles.events';
import type { DamoclesState } from './damocles.state';
import { damoclesRegels } from './regels/vereis';
import { corrigeerFeiten } from './stappen/corrigeer-feiten';
import { kiesLastOnderDwangsom } from './stappen/kies-last-onder-dwangsom';
import { neemBeslissingOpBezwaar } from './stappen/neem-beslissing-op-bezwaar';
import { neemBesluit } from './stappen/neem-besluit';
import { neemSpoedeisendeSluiting } from './stappen/neem-spoedeisende-sluiting';
import { registreerBeroep } from './stappen/registreer-beroep';
import { registreerBezwaar } from './stappen/registreer-bezwaar';
import { registreerEindeOpschorting } from './stappen/registreer-einde-opschorting';
import { registreerHeropening } from './stappen/registreer-heropening';
import { registreerRapportage } from './stappen/registreer-rapportage';
import { registreerSluitingUitgevoerd } from './stappen/registreer-sluiting-uitgevoerd';
import { registreerUitspraakOpBeroep } from './stappen/registreer-uitspraak-op-beroep';
import { registreerVoorlopigeVoorziening } from './stappen/registreer-voorlopige-voorziening';
import { registreerZienswijze } from './stappen/registreer-zienswijze';
import { stelMaatregelVoor } from './stappen/stel-maatregel-voor';
import { stelVastDatZienswijzetermijnVerstreken } from './stappen/stel-vast-dat-zienswijzetermijn-verstreken';
import { stelBeslissingOpBezwaarUit } from './stappen/stel-beslissing-op-bezwaar-uit';
import { verdaagBeslistermijnBezwaar } from './stappen/verdaag-beslistermijn-bezwaar';
import { verzendVoornemen } from './stappen/verzend-voornemen';
import { vraagHerstelVerzuim } from './stappen/vraag-herstel-verzuim';

export { zelfdeMaatregel } from './regels/maatregel';
export { zwaarsteCategorie } from './regels/rapportage';

/**
 * A Damocles case (docs/damocles.md): each command is decided by the step named after it in
 * ./stappen, the Awb steps through the kernel (@handhaving/domain-awb); `evolve` is in
 * damocles.evolve.ts. Every step's date is checked, and none may lie after the day it is recorded.
 */
export const damoclesDecider: Decider<DamoclesCommand, DamoclesEvent, DamoclesState> = {
  initialState: () => ({ status: 'onbekend' }),
  evolve: evolveDamocles,
  decide(command, state) {
    damoclesRegels(command).datum(command.datum, 'datum');
    switch (command.type) {
      case 'RegistreerRapportage':
        return registreerRapportage(command, state);
      case 'StelMaatregelVoor':
        return stelMaatregelVoor(command, state);
      case 'VerzendVoornemen':
        return verzendVoornemen(command, state);
      case 'NeemSpoedeisendeSluiting':
        return neemSpoedeisendeSluiting(command, state);
      case 'RegistreerZienswijze':
        return registreerZienswijze(command, state);
      case 'StelVastDatZienswijzetermijnVerstreken':
        return stelVastDatZienswijzetermijnVerstreken(command, state);
      case 'NeemBesluit':
        return neemBesluit(command, state);
      case 'RegistreerBezwaar':
        return registreerBezwaar(command, state);
      case 'RegistreerVoorlopigeVoorziening':
        return registreerVoorlopigeVoorziening(command, state);
      case 'NeemBeslissingOpBezwaar':
        return neemBeslissingOpBezwaar(command, state);
      case 'VraagHerstelVerzuim':
        return vraagHerstelVerzuim(command, state);
      case 'RegistreerEindeOpschorting':
        return registreerEindeOpschorting(command, state);
      case 'VerdaagBeslistermijnBezwaar':
        return verdaagBeslistermijnBezwaar(command, state);
      case 'StelBeslissingOpBezwaarUit':
        return stelBeslissingOpBezwaarUit(command, state);
      case 'RegistreerBeroep':
        return registreerBeroep(command, state);
      case 'RegistreerUitspraakOpBeroep':
        return registreerUitspraakOpBeroep(command, state);
      case 'RegistreerSluitingUitgevoerd':
        return registreerSluitingUitgevoerd(command, state);
      case 'RegistreerHeropening':
        return registreerHeropening(command, state);
      case 'KiesLastOnderDwangsom':
        return kiesLastOnderDwangsom(command, state);
      case 'CorrigeerFeiten':
        return corrigeerFeiten(command, state);
      default: {
        const unhandled: never = command;
        return unhandled;
      }
    }
  },
};
