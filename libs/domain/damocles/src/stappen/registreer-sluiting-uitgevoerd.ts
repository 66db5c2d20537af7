import { DomainRuleViolation } from '@handhaving/domain-shared';
import { plusDagen } from '@handhaving/termijnen';
import type { RegistreerSluitingUitgevoerd } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { eindeVanSluiting } from '../regels/beslistermijn';
import { damoclesRegels, vereis } from '../regels/vereis';

/** The premises are actually closed (sealed): the closure runs from that day (damocles.md step 7). */
export function registreerSluitingUitgevoerd(command: RegistreerSluitingUitgevoerd, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  if (state.status === 'afgesloten' && state.afloop === 'sluiting-herroepen') {
    throw new DomainRuleViolation('damocles/sluiting-herroepen', 'Het sluitingsbesluit is na bezwaar herroepen: de sluiting kan niet meer worden uitgevoerd', 'zaakId');
  }
  const s = vereis(state, command.zaakId, ['sluiting-besloten'], 'Een sluiting wordt uitgevoerd na een sluitingsbesluit, en één keer');
  regels.datum(command.sluitingsdatum, 'sluitingsdatum');
  const r = s.rechtsbescherming;
  // Art. 8:85 lid 2 Awb: a voorziening granted pending the objection lapses at the latest when the
  // beroepstermijn against the beslissing op bezwaar passed unused. A beroep is not recorded here
  // yet; a suspension the court extends must be recorded before carrying out the closure.
  if (r.voorlopigeVoorziening === 'toegewezen' && (r.beslissingOpBezwaar === undefined || command.sluitingsdatum <= r.beslissingOpBezwaar.beroepstermijnEinde)) {
    throw new DomainRuleViolation(
      'damocles/sluiting-geschorst',
      r.beslissingOpBezwaar === undefined
        ? 'De rechter heeft het sluitingsbesluit geschorst (voorlopige voorziening): de sluiting kan niet worden uitgevoerd zolang op het bezwaar niet is beslist'
        : `De voorlopige voorziening loopt tot na de beroepstermijn (${r.beslissingOpBezwaar.beroepstermijnEinde}): de sluiting kan pas daarna worden uitgevoerd`,
      'sluitingsdatum',
    );
  }
  regels.volgorde(s.besluit.bekendmakingsdatum, command.sluitingsdatum, 'sluitingsdatum', 'De sluiting kan niet vóór de bekendmaking van het besluit zijn uitgevoerd');
  const begunstiging = s.besluit.begunstigingstermijnEinde;
  // Art. 5:24 lid 2 Awb: within the begunstigingstermijn the owner may close the premises himself;
  // the gemeente acts only after it, unless the closure was spoedeisend (art. 4:11 Awb).
  if (begunstiging !== undefined && !s.besluit.spoedeisend && command.sluitingsdatum <= begunstiging) {
    regels.weiger(
      'binnen-begunstigingstermijn',
      `De begunstigingstermijn loopt tot en met ${begunstiging}: tot dan mag de eigenaar het pand zelf sluiten; de gemeente sluit vanaf ${plusDagen(begunstiging, 1)}`,
      'sluitingsdatum',
    );
  }
  const eindeSluiting = eindeVanSluiting(regels, command.sluitingsdatum, s.besluit.duurMaanden);
  return [
    {
      type: 'SluitingUitgevoerd',
      zaakId: command.zaakId,
      sluitingsdatum: command.sluitingsdatum,
      ...(eindeSluiting === undefined ? {} : { eindeSluiting }),
      datum: command.datum,
      door: command.door,
    },
  ];
}
