import { verzendVoornemen as verzendAwbVoornemen } from '@handhaving/domain-awb';
import type { VerzendVoornemen } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { controleerAfwijking, controleerMaatregel, geenWaarschuwingVoorHarddrugs } from '../regels/maatregel';
import { damoclesRegels, vereis } from '../regels/vereis';

/**
 * Art. 4:8 Awb (the kernel's step): the voornemen to warn or to close, to the case's betrokkenen
 * unless it names some, with their zienswijzetermijn; it names the measure intended, and a
 * deviation from the proposal is motivated.
 */
export function verzendVoornemen(command: VerzendVoornemen, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  const s = vereis(state, command.zaakId, ['maatregel-voorgesteld'], 'Een voornemen volgt op het voorstel van een maatregel');
  const maatregel = controleerMaatregel(command.maatregel, 'maatregel');
  geenWaarschuwingVoorHarddrugs(s.zaak, maatregel, 'maatregel');
  const afwijking = controleerAfwijking(s.voorstel.voorgesteld, maatregel, command.afwijking, 'het voorgestelde');
  const voornemen = verzendAwbVoornemen(regels, command, {
    na: { datum: s.zaak.ontvangstdatum, wat: 'de ontvangst van de rapportage' },
    betrokkenen: s.zaak.betrokkenen.map((b) => b.betrokkeneId),
  });
  const { type, zaakId, ...rest } = voornemen;
  return [{ type, zaakId, maatregel, ...afwijking, ...rest }];
}
