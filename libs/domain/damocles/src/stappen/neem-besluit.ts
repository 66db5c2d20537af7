import { controleerBesluitNaZienswijzefase } from '@handhaving/domain-awb';
import type { NeemBesluit } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { controleerAfwijking, controleerMaatregel, geenWaarschuwingVoorHarddrugs } from '../regels/maatregel';
import { sluitingsbesluit } from '../regels/sluitingsbesluit';
import { damoclesRegels, vereis } from '../regels/vereis';

/**
 * The besluit (docs/damocles.md, step 7): a waarschuwing or a sluiting after the zienswijzefase (art.
 * 4:8 Awb, the kernel's rule: after the zienswijzetermijn, or once everyone was heard), or a
 * motivated afzien, which harms no one and so may follow the proposal directly.
 */
export function neemBesluit(command: NeemBesluit, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  const besluit = command.besluit;
  switch (besluit.soort) {
    case 'afzien': {
      vereis(state, command.zaakId, ['maatregel-voorgesteld', 'gereed-voor-besluit'], 'Afzien van een maatregel volgt op het voorstel of op de zienswijzefase');
      const motivering = regels.tekst(besluit.motivering, 'afzien-zonder-motivering', 'Afzien van een maatregel vraagt een motivering', 'besluit.motivering');
      return [{ type: 'AfgezienVanMaatregel', zaakId: command.zaakId, motivering, datum: command.datum, door: command.door }];
    }
    case 'waarschuwing':
    case 'sluiting': {
      if (state.status === 'voornemen-verzonden') {
        regels.weiger(
          'zienswijzefase-niet-afgerond',
          `Wacht op de zienswijze of het einde van de zienswijzetermijn (${state.voornemen.zienswijzetermijnEinde}) voordat het besluit wordt genomen`,
          'besluit',
        );
      }
      const s = vereis(state, command.zaakId, ['gereed-voor-besluit'], 'Een besluit volgt op de zienswijzefase');
      const maatregel = controleerMaatregel(besluit.soort === 'sluiting' ? { soort: 'sluiting', duurMaanden: besluit.duurMaanden } : { soort: 'waarschuwing' }, 'besluit');
      geenWaarschuwingVoorHarddrugs(s.zaak, maatregel, 'besluit');
      const afwijking = controleerAfwijking(s.voornemen.maatregel, maatregel, command.afwijking, 'het voornemen');
      controleerBesluitNaZienswijzefase(regels, s.voornemen, { datum: command.datum, bekendmakingsdatum: besluit.bekendmakingsdatum, veld: 'besluit.bekendmakingsdatum' });
      if (besluit.soort === 'waarschuwing') {
        return [{ type: 'WaarschuwingGegeven', zaakId: command.zaakId, ...afwijking, bekendmakingsdatum: besluit.bekendmakingsdatum, datum: command.datum, door: command.door }];
      }
      return [
        sluitingsbesluit(regels, { ...command, bekendmakingsdatum: besluit.bekendmakingsdatum }, besluit.duurMaanden, besluit.begunstigingstermijn, false, afwijking, 'besluit.bekendmakingsdatum'),
      ];
    }
    default: {
      const unhandled: never = besluit;
      return unhandled;
    }
  }
}
