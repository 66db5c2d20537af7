import type { Decider } from '@handhaving/domain-shared';
import type { DwangsomCommand } from './dwangsom.commands';
import { evolveDwangsom } from './dwangsom.evolve';
import type { DwangsomEvent } from './dwangsom.events';
import type { DwangsomState } from './dwangsom.state';
import { dwangsomRegels } from './regels/dwangsom-regels';
import { hefLastOp } from './stappen/hef-last-op';
import { legLastOp } from './stappen/leg-last-op';
import { neemBeslissingOpBezwaar } from './stappen/neem-beslissing-op-bezwaar';
import { openDwangsomzaak } from './stappen/open-dwangsomzaak';
import { registreerBetaling } from './stappen/registreer-betaling';
import { registreerBezwaar } from './stappen/registreer-bezwaar';
import { registreerControle } from './stappen/registreer-controle';
import { registreerBeroep } from './stappen/registreer-beroep';
import { registreerEindeOpschorting } from './stappen/registreer-einde-opschorting';
import { registreerUitspraakOpBeroep } from './stappen/registreer-uitspraak-op-beroep';
import { registreerVoorlopigeVoorziening } from './stappen/registreer-voorlopige-voorziening';
import { stelBeslissingOpBezwaarUit } from './stappen/stel-beslissing-op-bezwaar-uit';
import { verdaagBeslistermijnBezwaar } from './stappen/verdaag-beslistermijn-bezwaar';
import { vraagHerstelVerzuim } from './stappen/vraag-herstel-verzuim';
import { registreerZienswijze } from './stappen/registreer-zienswijze';
import { stelVastDatZienswijzetermijnVerstreken } from './stappen/stel-vast-dat-zienswijzetermijn-verstreken';
import { trekLastIn } from './stappen/trek-last-in';
import { verzendInvorderingsbeschikking } from './stappen/verzend-invorderingsbeschikking';
import { verzendVoornemen } from './stappen/verzend-voornemen';
import { zieAfVanLast } from './stappen/zie-af-van-last';

export { eenhedenVoor } from './regels/verbeuring';

/** A case's stream: `dwangsom-{zaakId}`. */
export function dwangsomStreamId(zaakId: string): string {
  return `dwangsom-${zaakId}`;
}

/**
 * A dwangsom case (docs/dwangsom.md): each command is decided by the step named after it in
 * ./stappen, the checks every context makes through the Awb kernel (@handhaving/domain-awb);
 * `evolve` is in dwangsom.evolve.ts.
 */
export const dwangsomDecider: Decider<DwangsomCommand, DwangsomEvent, DwangsomState> = {
  initialState: () => ({ status: 'onbekend' }),
  evolve: evolveDwangsom,
  decide(command, state) {
    dwangsomRegels(command).datum(command.datum, 'datum');
    switch (command.type) {
      case 'OpenDwangsomzaak':
        return openDwangsomzaak(command, state);
      case 'VerzendVoornemen':
        return verzendVoornemen(command, state);
      case 'RegistreerZienswijze':
        return registreerZienswijze(command, state);
      case 'StelVastDatZienswijzetermijnVerstreken':
        return stelVastDatZienswijzetermijnVerstreken(command, state);
      case 'LegLastOp':
        return legLastOp(command, state);
      case 'ZieAfVanLast':
        return zieAfVanLast(command, state);
      case 'RegistreerControle':
        return registreerControle(command, state);
      case 'VerzendInvorderingsbeschikking':
        return verzendInvorderingsbeschikking(command, state);
      case 'RegistreerBetaling':
        return registreerBetaling(command, state);
      case 'RegistreerBezwaar':
        return registreerBezwaar(command, state);
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
      case 'RegistreerVoorlopigeVoorziening':
        return registreerVoorlopigeVoorziening(command, state);
      case 'RegistreerBeroep':
        return registreerBeroep(command, state);
      case 'RegistreerUitspraakOpBeroep':
        return registreerUitspraakOpBeroep(command, state);
      case 'HefLastOp':
        return hefLastOp(command, state);
      case 'TrekLastIn':
        return trekLastIn(command, state);
      default: {
        const unhandled: never = command;
        return unhandled;
      }
    }
  },
};
