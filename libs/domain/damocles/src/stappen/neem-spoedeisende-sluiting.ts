import { leeg } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import type { NeemSpoedeisendeSluiting } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { controleerAfwijking, controleerMaatregel } from '../regels/maatregel';
import { sluitingsbesluit } from '../regels/sluitingsbesluit';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 4:11 Awb: a closure without voornemen where the danger allows no delay, always motivated; it is the sluitingsbesluit itself. */
export function neemSpoedeisendeSluiting(command: NeemSpoedeisendeSluiting, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  const s = vereis(state, command.zaakId, ['maatregel-voorgesteld'], 'Een spoedeisende sluiting volgt op het voorstel van een maatregel, vóór een voornemen');
  if (leeg(command.motivering)) {
    throw new DomainRuleViolation('damocles/spoed-zonder-motivering', 'Een sluiting zonder voornemen vraagt een motivering van de spoed (art. 4:11 Awb)', 'motivering');
  }
  const maatregel = controleerMaatregel({ soort: 'sluiting', duurMaanden: command.duurMaanden }, 'duurMaanden');
  const afwijking = controleerAfwijking(s.voorstel.voorgesteld, maatregel, command.afwijking, 'het voorgestelde');
  regels.bekendmakingsdatum(command.bekendmakingsdatum, 'bekendmakingsdatum');
  regels.volgorde(s.zaak.ontvangstdatum, command.bekendmakingsdatum, 'bekendmakingsdatum', 'Het besluit kan niet vóór de ontvangst van de rapportage zijn bekendgemaakt');
  return [
    { type: 'VoornemenAchterwegeGelaten', zaakId: command.zaakId, motivering: command.motivering, datum: command.datum, door: command.door },
    sluitingsbesluit(regels, command, command.duurMaanden, command.begunstigingstermijn, true, afwijking, 'bekendmakingsdatum'),
  ];
}
