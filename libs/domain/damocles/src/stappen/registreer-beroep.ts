import { registreerBeroep as registreerAwbBeroep } from '@handhaving/domain-awb';
import type { RegistreerBeroep } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { damoclesRegels, vereis } from '../regels/vereis';

/**
 * Art. 8:1, 6:7 Awb (the kernel's step): beroep at the rechtbank against the beslissing op bezwaar
 * on the sluitingsbesluit, on time or late. By itself it does not suspend the closure (art. 6:16
 * Awb); a voorlopige voorziening asked pending it does (registreer-voorlopige-voorziening.ts).
 */
export function registreerBeroep(command: RegistreerBeroep, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Beroep wordt ingesteld tegen de beslissing op bezwaar over een sluitingsbesluit');
  const r = s.rechtsbescherming;
  const beslissing = r.beslissingOpBezwaar === undefined ? undefined : { naam: 'de beslissing op bezwaar over het sluitingsbesluit', ...r.beslissingOpBezwaar };
  const instelling = registreerAwbBeroep(damoclesRegels(command), command, beslissing, r.beroep);
  return [{ type: 'BeroepIngesteld', zaakId: command.zaakId, ...instelling, datum: command.datum, door: command.door }];
}
