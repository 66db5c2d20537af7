import { registreerZienswijze as registreerAwbZienswijze } from '@handhaving/domain-awb';
import type { RegistreerZienswijze } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/** Art. 4:8 Awb (the kernel's step): the betrokkene's zienswijze on the voornemen; one after the term is recorded, marked late. */
export function registreerZienswijze(command: RegistreerZienswijze, state: BibobState): readonly BibobEvent[] {
  const s = vereis(state, command.zaakId, ['voornemen-verzonden', 'gereed-voor-besluit'], 'Een zienswijze volgt op een verzonden voornemen, vóór het besluit');
  return [registreerAwbZienswijze(bibobRegels(command), command, s.voornemen)];
}
