import { WIJZEN_VAN_ZIENSWIJZE, type WijzeVanZienswijze, type ZienswijzeOntvangen } from '../awb.events';
import type { AwbStap, Regels } from '../regels';
import type { Zienswijzefase } from '../zienswijzefase';

export interface RegistreerZienswijze extends AwbStap {
  readonly wijze: WijzeVanZienswijze;
  /** The betrokkene who gave it; may be left out when the voornemen went to one. */
  readonly van?: string;
}

/**
 * Art. 4:8 Awb: a zienswijze, in writing or at a hearing, from one of those the voornemen went
 * to. One after the term is still recorded (the besluit weighs it), marked late.
 */
export function registreerZienswijze(regels: Regels, command: RegistreerZienswijze, fase: Zienswijzefase): ZienswijzeOntvangen {
  const wijze = regels.keuze(command.wijze, WIJZEN_VAN_ZIENSWIJZE, 'wijze-onbekend', 'wijze', 'wijze');
  regels.datum(command.datum, 'datum');
  regels.volgorde(fase.verzenddatum, command.datum, 'datum', 'Een zienswijze kan niet vóór de verzending van het voornemen zijn ontvangen');
  let van = command.van;
  if (fase.aan.length > 0) {
    if (van === undefined) {
      if (fase.aan.length > 1) {
        regels.weiger('zienswijze-van-ontbreekt', `Het voornemen ging naar ${fase.aan.join(', ')}: zeg van wie de zienswijze is (van)`, 'van');
      }
      van = fase.aan[0];
    } else if (!fase.aan.includes(van)) {
      regels.weiger('zienswijze-van-onbekend', `Het voornemen ging niet naar ${van}, maar naar ${fase.aan.join(', ')}`, 'van');
    }
  }
  return {
    type: 'ZienswijzeOntvangen',
    zaakId: command.zaakId,
    wijze,
    ...(van === undefined ? {} : { van }),
    binnenTermijn: command.datum <= fase.zienswijzetermijnEinde,
    datum: command.datum,
    door: command.door,
  };
}
