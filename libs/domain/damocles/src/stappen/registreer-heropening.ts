import type { RegistreerHeropening } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { damoclesRegels, vereis } from '../regels/vereis';

/** The premises reopen: the case closes (docs/damocles.md, step 15). */
export function registreerHeropening(command: RegistreerHeropening, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  const s = vereis(state, command.zaakId, ['pand-gesloten'], 'Alleen een gesloten pand kan heropenen');
  regels.datum(command.heropeningsdatum, 'heropeningsdatum');
  regels.volgorde(s.sluitingsdatum, command.heropeningsdatum, 'heropeningsdatum', 'Het pand kan niet vóór de sluiting zijn heropend');
  return [{ type: 'PandHeropend', zaakId: command.zaakId, heropeningsdatum: command.heropeningsdatum, datum: command.datum, door: command.door }];
}
