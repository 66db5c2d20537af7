import { registreerBeroep as registreerAwbBeroep } from '@handhaving/domain-awb';
import type { RegistreerBeroep } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/** Art. 8:1, 6:7 Awb (the kernel's step): beroep at the rechtbank against the beslissing op bezwaar, on time or late. */
export function registreerBeroep(command: RegistreerBeroep, state: BibobState): readonly BibobEvent[] {
  const s = vereis(state, command.zaakId, ['besloten'], 'Beroep wordt ingesteld tegen de beslissing op bezwaar over het besluit op de toets');
  const r = s.rechtsbescherming;
  const beslissing = r.beslissingOpBezwaar === undefined ? undefined : { naam: 'de beslissing op bezwaar', ...r.beslissingOpBezwaar };
  const instelling = registreerAwbBeroep(bibobRegels(command), command, beslissing, r.beroep);
  return [{ type: 'BeroepIngesteld', zaakId: command.zaakId, ...instelling, datum: command.datum, door: command.door }];
}
