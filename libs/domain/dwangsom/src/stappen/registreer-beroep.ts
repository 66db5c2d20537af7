import { registreerBeroep as registreerAwbBeroep } from '@handhaving/domain-awb';
import type { RegistreerBeroep } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereisLast } from '../regels/vereis';

/**
 * Art. 8:1, 6:7 Awb (the kernel's step): beroep at the rechtbank against the beslissing op bezwaar
 * on `tegen`, on time or late. By itself it holds up nothing (art. 6:16 Awb); a voorlopige
 * voorziening asked pending it does.
 */
export function registreerBeroep(command: RegistreerBeroep, state: DwangsomState): readonly DwangsomEvent[] {
  const s = vereisLast(state, command.zaakId, 'Beroep wordt ingesteld tegen de beslissing op bezwaar over de last of een invorderingsbeschikking');
  const besluit = bestreden(s, command.tegen);
  const b = besluit.bezwaar;
  const beslissing = b?.beslissing === undefined ? undefined : { naam: `de beslissing op bezwaar over ${besluit.naam}`, ...b.beslissing };
  const instelling = registreerAwbBeroep(dwangsomRegels(command), command, beslissing, b?.beroep, 'tegen');
  return [{ type: 'BeroepIngesteld', zaakId: command.zaakId, tegen: besluit.tegen, ...instelling, datum: command.datum, door: command.door }];
}
