import { registreerBezwaar as registreerAwbBezwaar } from '@handhaving/domain-awb';
import type { RegistreerBezwaar } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 6:7–6:9 Awb (the kernel's step): a bezwaar against the sluitingsbesluit, on time or late, one per betrokkene. */
export function registreerBezwaar(command: RegistreerBezwaar, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Bezwaar wordt geregistreerd tegen een sluitingsbesluit');
  // Each betrokkene may object (the eigenaar and the huurder both); one beslissing op bezwaar decides them together.
  const besluit = {
    naam: 'dit sluitingsbesluit',
    ...s.besluit,
    bezwaren: s.rechtsbescherming.bezwaren ?? (s.rechtsbescherming.bezwaar === undefined ? [] : [{}]),
    betrokkenen: s.zaak.betrokkenen.map((b) => b.betrokkeneId),
  };
  const ontvangst = registreerAwbBezwaar(damoclesRegels(command), command, besluit);
  return [{ type: 'BezwaarIngediend', zaakId: command.zaakId, ...ontvangst, datum: command.datum, door: command.door }];
}
