import type { ZieAfVanLast } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereis } from '../regels/vereis';

/** No last after all (the overtreder moved, the violation ended): motivated, and only while none is imposed. */
export function zieAfVanLast(command: ZieAfVanLast, state: DwangsomState): readonly DwangsomEvent[] {
  vereis(state, command.zaakId, ['geopend', 'voornemen-verzonden', 'gereed-voor-besluit'], 'Afzien kan zolang er geen last is opgelegd');
  dwangsomRegels(command).tekst(command.motivering, 'afzien-zonder-motivering', 'Afzien van een last vraagt een motivering', 'motivering');
  return [{ type: 'AfgezienVanLast', zaakId: command.zaakId, motivering: command.motivering, datum: command.datum, door: command.door }];
}
