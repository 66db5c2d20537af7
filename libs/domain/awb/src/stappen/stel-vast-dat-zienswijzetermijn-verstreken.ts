import type { ZienswijzetermijnVerstreken } from '../awb.events';
import type { AwbStap, Regels } from '../regels';
import type { Zienswijzefase } from '../zienswijzefase';

/** The zienswijzetermijn ended without a zienswijze from everyone the voornemen went to: the besluit may follow. */
export function stelVastDatZienswijzetermijnVerstreken(regels: Regels, command: AwbStap, fase: Zienswijzefase): ZienswijzetermijnVerstreken {
  regels.datum(command.datum, 'datum');
  if (command.datum <= fase.zienswijzetermijnEinde) {
    regels.weiger(
      'zienswijzetermijn-loopt-nog',
      `De zienswijzetermijn loopt tot en met ${fase.zienswijzetermijnEinde}; vaststellen dat hij verstreken is kan vanaf de dag erna`,
      'datum',
    );
  }
  return { type: 'ZienswijzetermijnVerstreken', zaakId: command.zaakId, einde: fase.zienswijzetermijnEinde, datum: command.datum, door: command.door };
}
