import { registreerUitspraakOpBeroep as registreerAwbUitspraak } from '@handhaving/domain-awb';
import type { RegistreerUitspraakOpBeroep } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { damoclesRegels, vereis } from '../regels/vereis';

/**
 * Art. 8:70, 8:72 Awb (the kernel's step): the rechtbank's uitspraak on the beroep. Ongegrond,
 * niet-ontvankelijk, or gegrond with the legal effects left standing: the closure stands and may be
 * carried out (a voorlopige voorziening lapses, art. 8:85 lid 1). Gegrond and vernietigd: the
 * closure ends as on a herroeping — the case closes, or a closure already carried out must end.
 */
export function registreerUitspraakOpBeroep(command: RegistreerUitspraakOpBeroep, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'De uitspraak op beroep betreft een sluitingsbesluit');
  const uitspraak = registreerAwbUitspraak(damoclesRegels(command), command, s.rechtsbescherming.beroep);
  return [{ type: 'UitspraakOpBeroepGedaan', zaakId: command.zaakId, ...uitspraak, datum: command.datum, door: command.door }];
}
