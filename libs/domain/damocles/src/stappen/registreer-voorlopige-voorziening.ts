import { DomainRuleViolation } from '@handhaving/domain-shared';
import type { RegistreerVoorlopigeVoorziening } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { vereis } from '../regels/vereis';

/** Art. 8:81 Awb: a voorlopige voorziening asked of the court pending the bezwaar, and the court's answer. */
export function registreerVoorlopigeVoorziening(command: RegistreerVoorlopigeVoorziening, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Een voorlopige voorziening betreft een sluitingsbesluit');
  const r = s.rechtsbescherming;
  const stap = { zaakId: command.zaakId, datum: command.datum, door: command.door };
  switch (command.stap) {
    case 'gevraagd':
      // Art. 8:81 Awb: a voorlopige voorziening hangs on a pending objection.
      if (!r.bezwaar) throw new DomainRuleViolation('damocles/voorziening-zonder-bezwaar', 'Een voorlopige voorziening kan alleen hangende bezwaar worden gevraagd', 'stap');
      if (r.beslissingOpBezwaar) throw new DomainRuleViolation('damocles/bezwaar-al-beslist', 'Op het bezwaar is al beslist', 'stap');
      if (r.voorlopigeVoorziening !== 'geen') throw new DomainRuleViolation('damocles/voorziening-al-gevraagd', 'Er is al een voorlopige voorziening gevraagd', 'stap');
      return [{ type: 'VoorlopigeVoorzieningGevraagd', ...stap }];
    case 'toegewezen':
    case 'afgewezen':
      if (r.voorlopigeVoorziening !== 'gevraagd') {
        throw new DomainRuleViolation('damocles/voorziening-niet-gevraagd', 'Er is geen voorlopige voorziening gevraagd waarop de rechter nog moet beslissen', 'stap');
      }
      return [{ type: command.stap === 'toegewezen' ? 'VoorlopigeVoorzieningToegewezen' : 'VoorlopigeVoorzieningAfgewezen', ...stap }];
    default: {
      const onbekend: never = command.stap;
      throw new DomainRuleViolation('damocles/voorziening-stap-onbekend', `Onbekende stap ${JSON.stringify(onbekend)}: kies gevraagd, toegewezen of afgewezen`, 'stap');
    }
  }
}
