import { registreerUitspraakOpBeroep as registreerAwbUitspraak } from '@handhaving/domain-awb';
import type { RegistreerUitspraakOpBeroep } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/** Art. 8:70, 8:72 Awb (the kernel's step): the rechtbank's uitspraak on the beroep; gegrond says whether it vernietigde the besluit. */
export function registreerUitspraakOpBeroep(command: RegistreerUitspraakOpBeroep, state: BibobState): readonly BibobEvent[] {
  const s = vereis(state, command.zaakId, ['besloten'], 'De uitspraak op beroep betreft het besluit op de toets');
  const uitspraak = registreerAwbUitspraak(bibobRegels(command), command, s.rechtsbescherming.beroep);
  return [{ type: 'UitspraakOpBeroepGedaan', zaakId: command.zaakId, ...uitspraak, datum: command.datum, door: command.door }];
}
