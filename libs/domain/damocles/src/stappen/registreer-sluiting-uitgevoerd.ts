import { controleerUitvoerbaar } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { plusDagen } from '@handhaving/termijnen';
import type { RegistreerSluitingUitgevoerd } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { eindeVanSluiting } from '../regels/beslistermijn';
import { damoclesRegels, vereis } from '../regels/vereis';

/** The premises are actually closed (sealed): the closure runs from that day (docs/damocles.md, step 14). */
export function registreerSluitingUitgevoerd(command: RegistreerSluitingUitgevoerd, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  if (state.status === 'afgesloten' && state.afloop === 'sluiting-herroepen') {
    throw new DomainRuleViolation('damocles/sluiting-herroepen', 'Het sluitingsbesluit is na bezwaar herroepen: de sluiting kan niet meer worden uitgevoerd', 'zaakId');
  }
  if (state.status === 'afgesloten' && state.afloop === 'sluiting-vernietigd') {
    regels.weiger('sluiting-vernietigd', `De rechtbank heeft het sluitingsbesluit op ${state.sinds} vernietigd: de sluiting kan niet meer worden uitgevoerd`, 'zaakId');
  }
  const s = vereis(state, command.zaakId, ['sluiting-besloten'], 'Een sluiting wordt uitgevoerd na een sluitingsbesluit, en één keer');
  regels.datum(command.sluitingsdatum, 'sluitingsdatum');
  // Art. 6:16, 8:81, 8:85 Awb (the kernel): a voorlopige voorziening asked pending bezwaar or beroep
  // holds the closure until the judge decided; granted, until the uitspraak on beroep or, without
  // beroep, the end of the beroepstermijn.
  controleerUitvoerbaar(regels, s.rechtsbescherming, command.sluitingsdatum, 'sluitingsdatum', 'het sluitingsbesluit');
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
