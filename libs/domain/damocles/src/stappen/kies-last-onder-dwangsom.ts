import { leeg } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import type { KiesLastOnderDwangsom } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { vereis } from '../regels/vereis';

/** Art. 5:32 lid 1 Awb: a last onder dwangsom against one of the case's betrokkenen instead of or beside the closure; the dwangsom context opens its own case. */
export function kiesLastOnderDwangsom(command: KiesLastOnderDwangsom, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(
    state,
    command.zaakId,
    ['rapportage-ontvangen', 'maatregel-voorgesteld', 'voornemen-verzonden', 'gereed-voor-besluit', 'sluiting-besloten', 'pand-gesloten', 'afgesloten'],
    'Een last onder dwangsom hoort bij een geregistreerde zaak',
  );
  if (!s.zaak.betrokkenen.some((b) => b.betrokkeneId === command.overtrederId)) {
    throw new DomainRuleViolation('damocles/overtreder-geen-betrokkene', `${command.overtrederId} is geen betrokkene van deze zaak: registreer hem eerst als betrokkene`, 'overtrederId');
  }
  if (leeg(command.motivering)) throw new DomainRuleViolation('damocles/dwangsom-zonder-motivering', 'Motiveer waarom een last onder dwangsom wordt opgelegd', 'motivering');
  return [{ type: 'LastOnderDwangsomGekozen', zaakId: command.zaakId, overtrederId: command.overtrederId, motivering: command.motivering, datum: command.datum, door: command.door }];
}
