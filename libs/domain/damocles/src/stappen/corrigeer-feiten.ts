import { leeg } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import type { CorrigeerFeiten } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { bepaalCorrecties } from '../regels/correcties';
import { damoclesRegels, vereis } from '../regels/vereis';

/** A recorded fact was wrong: the correction is its own event, so what was known before stays visible. */
export function corrigeerFeiten(command: CorrigeerFeiten, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  // Facts can be corrected at any stage, even after the case closed: figures as known now must be right.
  const s = vereis(
    state,
    command.zaakId,
    ['rapportage-ontvangen', 'maatregel-voorgesteld', 'voornemen-verzonden', 'gereed-voor-besluit', 'sluiting-besloten', 'pand-gesloten', 'afgesloten'],
    'Feiten worden gecorrigeerd op een geregistreerde zaak',
  );
  if (leeg(command.reden)) throw new DomainRuleViolation('damocles/correctie-zonder-reden', 'Zeg waarom de feiten worden gecorrigeerd', 'reden');
  const correcties = bepaalCorrecties(regels, s.zaak, command.correcties);
  if (correcties.length === 0) {
    throw new DomainRuleViolation('damocles/correctie-zonder-wijziging', 'De correctie verandert niets aan de vastgelegde feiten', 'correcties');
  }
  return [{ type: 'FeitenGecorrigeerd', zaakId: command.zaakId, correcties, reden: command.reden, datum: command.datum, door: command.door }];
}
