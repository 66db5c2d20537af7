import { registreerBezwaar as registreerAwbBezwaar } from '@handhaving/domain-awb';
import type { RegistreerBezwaar } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/**
 * Art. 6:7–6:9 Awb (the kernel's step): a bezwaar against the besluit, on time or late. The
 * betrokkene, or another belanghebbende (a neighbour against a granted permit): one each.
 */
export function registreerBezwaar(command: RegistreerBezwaar, state: BibobState): readonly BibobEvent[] {
  const s = vereis(state, command.zaakId, ['besloten'], 'Bezwaar wordt geregistreerd tegen het besluit op de toets');
  const r = s.rechtsbescherming;
  const besluit = { naam: 'het besluit', ...s.besluit, bezwaren: r.bezwaren ?? [] };
  const ontvangst = registreerAwbBezwaar(bibobRegels(command), command, besluit);
  return [{ type: 'BezwaarIngediend', zaakId: command.zaakId, ...ontvangst, datum: command.datum, door: command.door }];
}
