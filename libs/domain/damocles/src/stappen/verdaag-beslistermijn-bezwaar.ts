import { leeg, verdagingenBijKennisgeving, verdagingVan } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { controleerTermijnlengte, type Termijn, TermijnFout } from '@handhaving/termijnen';
import type { VerdaagBeslistermijnBezwaar } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { beslistermijn, hangendBezwaar } from '../regels/beslistermijn';
import { damoclesRegels, vereis } from '../regels/vereis';

/**
 * Art. 7:10 lid 3 Awb: the beslissing op bezwaar is postponed once, by at most six weeks, before the
 * term ends — six weeks on top of twelve when an adviescommissie advises (lid 1). An uitstel with
 * consent (lid 4) is no verdaging: one may still follow it.
 */
export function verdaagBeslistermijnBezwaar(command: VerdaagBeslistermijnBezwaar, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'De beslistermijn op bezwaar wordt verdaagd bij een sluitingsbesluit');
  const { bezwaar, verloop } = hangendBezwaar(s.rechtsbescherming);
  if (verdagingenBijKennisgeving(verloop.verdagingen).length > 0) {
    throw new DomainRuleViolation('damocles/verdaging-al-gebruikt', 'De beslistermijn op bezwaar is al verdaagd; art. 7:10 lid 3 Awb staat dat één keer toe (verder uitstel alleen met instemming, lid 4)', 'zaakId');
  }
  if (leeg(command.reden)) throw new DomainRuleViolation('damocles/verdaging-zonder-reden', 'Zeg waarom de beslissing op bezwaar wordt verdaagd', 'reden');
  try {
    controleerTermijnlengte(command.lengte, 'lengte');
  } catch (error) {
    if (error instanceof TermijnFout) throw new DomainRuleViolation('damocles/termijn-ongeldig', error.message, 'lengte');
    throw error;
  }
  regels.volgorde(bezwaar.ontvangstdatum, command.datum, 'datum', 'De verdaging kan niet vóór de ontvangst van het bezwaar zijn verzonden');
  regels.volgorde(verloop.laatsteStap, command.datum, 'datum', 'De verdaging kan niet vóór de vorige stap in de beslistermijn liggen');
  const huidig = beslistermijn(s, verloop, command.datum).einde;
  // Art. 7:10 lid 3 Awb: "voor afloop van de termijn"; the last day itself is still within it.
  if (command.datum > huidig) {
    throw new DomainRuleViolation('damocles/beslistermijn-verstreken', `De beslistermijn op bezwaar eindigde op ${huidig}: verdagen kan alleen vóór het einde ervan (art. 7:10 lid 3 Awb)`, 'datum');
  }
  let verdaagd: Termijn;
  try {
    verdaagd = beslistermijn(s, { ...verloop, verdagingen: [...verloop.verdagingen, verdagingVan(command)] }, command.datum);
  } catch (error) {
    if (error instanceof TermijnFout && error.code === 'ongeldige-verdaging') {
      throw new DomainRuleViolation('damocles/verdaging-te-lang', `De beslistermijn op bezwaar wordt ten hoogste zes weken verdaagd (art. 7:10 lid 3 Awb)`, 'lengte');
    }
    throw error;
  }
  return [
    {
      type: 'BeslistermijnBezwaarVerdaagd',
      zaakId: command.zaakId,
      lengte: { aantal: command.lengte.aantal, eenheid: command.lengte.eenheid },
      reden: command.reden,
      beslistermijnEinde: verdaagd.einde,
      datum: command.datum,
      door: command.door,
    },
  ];
}
