import { hangendeProcedure } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import type { RegistreerVoorlopigeVoorziening } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { vereis } from '../regels/vereis';

/**
 * Art. 8:81 Awb: a voorlopige voorziening asked of the voorzieningenrechter pending the bezwaar or
 * the beroep, and the judge's answer. What it does to carrying out the closure is the kernel's
 * controleerUitvoerbaar (registreer-sluiting-uitgevoerd.ts).
 */
export function registreerVoorlopigeVoorziening(command: RegistreerVoorlopigeVoorziening, state: DamoclesState): readonly DamoclesEvent[] {
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Een voorlopige voorziening betreft een sluitingsbesluit');
  const r = s.rechtsbescherming;
  const stap = { zaakId: command.zaakId, datum: command.datum, door: command.door };
  switch (command.stap) {
    case 'gevraagd': {
      // Art. 8:81 lid 1 Awb: a voorlopige voorziening hangs on a pending bezwaar or beroep.
      const hangend = hangendeProcedure(r);
      if (hangend === undefined) {
        if (r.beroep?.uitspraak) throw new DomainRuleViolation('damocles/uitspraak-al-gedaan', 'De rechtbank deed al uitspraak op het beroep: een voorlopige voorziening kan niet meer hangende het beroep worden gevraagd', 'stap');
        if (r.beslissingOpBezwaar) throw new DomainRuleViolation('damocles/bezwaar-al-beslist', 'Op het bezwaar is al beslist: een voorlopige voorziening kan pas weer worden gevraagd als er beroep is ingesteld', 'stap');
        throw new DomainRuleViolation('damocles/voorziening-zonder-bezwaar', 'Een voorlopige voorziening kan alleen hangende bezwaar of beroep worden gevraagd', 'stap');
      }
      // Pending the beroep, a request refused pending the bezwaar may be made anew; one granted runs on until the uitspraak (art. 8:85 Awb).
      const alGevraagd = hangend === 'bezwaar' ? r.voorlopigeVoorziening !== 'geen' : r.voorlopigeVoorziening === 'gevraagd' || r.voorlopigeVoorziening === 'toegewezen';
      if (alGevraagd) throw new DomainRuleViolation('damocles/voorziening-al-gevraagd', `Er is al een voorlopige voorziening ${r.voorlopigeVoorziening}`, 'stap');
      return [{ type: 'VoorlopigeVoorzieningGevraagd', ...stap }];
    }
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
