import { registreerBeroep as registreerAwbBeroep, type Regels } from '@handhaving/domain-awb';
import type { RegistreerBeroep } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { naamVan, vereisBestreden } from '../regels/rechtsgang';
import { kamerverhuurRegels } from '../regels/vereis';

/** Art. 8:1, 6:7 Awb (the kernel's step): beroep at the rechtbank against the beslissing op bezwaar, on time or late. */
export function registreerBeroep(command: RegistreerBeroep, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereisBestreden(regels, state, command.zaakId, 'Beroep wordt ingesteld tegen de beslissing op bezwaar over de weigering of de intrekking');
  const r = s.bestreden.rechtsbescherming;
  const beslissing = r.beslissingOpBezwaar === undefined ? undefined : { naam: `de beslissing op bezwaar tegen ${naamVan(s.bestreden)}`, ...r.beslissingOpBezwaar };
  const instelling = registreerAwbBeroep(regels, command, beslissing, r.beroep);
  return [{ type: 'BeroepIngesteld', zaakId: command.zaakId, ...instelling, datum: command.datum, door: command.door }];
}
