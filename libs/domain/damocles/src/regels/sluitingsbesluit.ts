import { begunstigingstermijn, eindeVan, type GesteldeTermijn, type Regels } from '@handhaving/domain-awb';
import type { Begunstigingsduur } from '@handhaving/policy';
import type { Afwijking, SluitingsbesluitGenomen } from '../damocles.events';

/**
 * The sluitingsbesluit, taken after the zienswijzefase or spoedeisend without it: a last onder
 * bestuursdwang (art. 13b Opiumwet, art. 5:21 Awb) whose begunstigingstermijn lets the owner close
 * the premises himself (art. 5:24 lid 2 Awb), open to bezwaar for six weeks from bekendmaking.
 */
export function sluitingsbesluit(
  regels: Regels,
  command: { readonly zaakId: string; readonly bekendmakingsdatum: string; readonly datum: string; readonly door: string },
  duurMaanden: number | 'onbepaald',
  gesteld: GesteldeTermijn<Begunstigingsduur> | undefined,
  spoedeisend: boolean,
  afwijking: { afwijking?: Afwijking },
  veld: string,
): SluitingsbesluitGenomen {
  const begunstiging = gesteld === undefined ? undefined : begunstigingstermijn(regels, command.bekendmakingsdatum, gesteld, 'bestuursdwang', veld.replace(/bekendmakingsdatum$/, 'begunstigingstermijn'));
  return {
    type: 'SluitingsbesluitGenomen',
    zaakId: command.zaakId,
    duurMaanden,
    ...(begunstiging === undefined ? {} : { begunstigingstermijn: begunstiging }),
    bekendmakingsdatum: command.bekendmakingsdatum,
    bezwaartermijnEinde: eindeVan(regels, { soort: 'bezwaartermijn', vanaf: command.bekendmakingsdatum }, veld),
    spoedeisend,
    ...afwijking,
    datum: command.datum,
    door: command.door,
  };
}
