import { controleerTermijnlengte, TermijnFout, type Termijn, type Termijnlengte } from '@handhaving/termijnen';
import type { BeslistermijnBezwaarVerdaagd } from '../awb.events';
import { lopendeBeslistermijn, verdagingenBijKennisgeving, verdagingVan } from '../beslistermijn-bezwaar';
import type { Regels } from '../regels';
import type { HangendeBeslistermijn } from './stel-beslissing-op-bezwaar-uit';

export interface VerdaagBeslistermijnBezwaar {
  readonly lengte: Termijnlengte;
  readonly reden: string;
  /** The day the notice is sent. */
  readonly datum: string;
}

export type Verdaging = Omit<BeslistermijnBezwaarVerdaagd, 'type' | 'zaakId' | 'datum' | 'door'>;

/**
 * Art. 7:10 lid 3 Awb: the beslissing op bezwaar is postponed once, by at most six weeks, before the
 * term ends — six weeks on top of twelve when an adviescommissie advises (lid 1). An uitstel with
 * consent (lid 4) is no verdaging: one may still follow it.
 */
export function verdaagBeslistermijnBezwaar(regels: Regels, command: VerdaagBeslistermijnBezwaar, termijn: HangendeBeslistermijn): Verdaging {
  const { bezwaar, verloop } = termijn;
  if (verdagingenBijKennisgeving(verloop.verdagingen).length > 0) {
    regels.weiger('verdaging-al-gebruikt', 'De beslistermijn op bezwaar is al verdaagd; art. 7:10 lid 3 Awb staat dat één keer toe (verder uitstel alleen met instemming, lid 4)', 'zaakId');
  }
  const reden = regels.tekst(command.reden, 'verdaging-zonder-reden', 'Zeg waarom de beslissing op bezwaar wordt verdaagd', 'reden');
  try {
    controleerTermijnlengte(command.lengte, 'lengte');
  } catch (error) {
    if (error instanceof TermijnFout) regels.weiger('termijn-ongeldig', error.message, 'lengte');
    throw error;
  }
  regels.volgorde(bezwaar.ontvangstdatum, command.datum, 'datum', 'De verdaging kan niet vóór de ontvangst van het bezwaar zijn verzonden');
  regels.volgorde(verloop.laatsteStap, command.datum, 'datum', 'De verdaging kan niet vóór de vorige stap in de beslistermijn liggen');
  const huidig = lopendeBeslistermijn(termijn.bezwaartermijnEinde, verloop, command.datum, bezwaar).einde;
  // Art. 7:10 lid 3 Awb: "voor afloop van de termijn"; the last day itself is still within it.
  if (command.datum > huidig) {
    regels.weiger('beslistermijn-verstreken', `De beslistermijn op bezwaar eindigde op ${huidig}: verdagen kan alleen vóór het einde ervan (art. 7:10 lid 3 Awb)`, 'datum');
  }
  const lengte = { aantal: command.lengte.aantal, eenheid: command.lengte.eenheid };
  let verdaagd: Termijn;
  try {
    verdaagd = lopendeBeslistermijn(termijn.bezwaartermijnEinde, { ...verloop, verdagingen: [...verloop.verdagingen, verdagingVan({ lengte, reden })] }, command.datum, bezwaar);
  } catch (error) {
    if (error instanceof TermijnFout && error.code === 'ongeldige-verdaging') {
      regels.weiger('verdaging-te-lang', 'De beslistermijn op bezwaar wordt ten hoogste zes weken verdaagd (art. 7:10 lid 3 Awb)', 'lengte');
    }
    throw error;
  }
  return { lengte, reden, beslistermijnEinde: verdaagd.einde };
}
