import { controleerTermijnlengte, TermijnFout, type Termijnlengte } from '@handhaving/termijnen';
import { BELANGEN_VAN_ANDEREN_BIJ_UITSTEL, type BeslistermijnBezwaarUitgesteld, type InstemmingMetUitstel } from '../awb.events';
import { lopendeBeslistermijn, uitstelVan, type BeslistermijnVerloop, type BezwaarMetAdviescommissie } from '../beslistermijn-bezwaar';
import type { Regels } from '../regels';

export interface StelBeslissingOpBezwaarUit {
  readonly lengte: Termijnlengte;
  readonly reden: string;
  readonly instemming: InstemmingMetUitstel;
  /** The day the uitstel is agreed and recorded. */
  readonly datum: string;
}

/** The bezwaar whose beslistermijn runs, and what happened to that term so far. */
export interface HangendeBeslistermijn {
  readonly bezwaartermijnEinde: string;
  readonly bezwaar: BezwaarMetAdviescommissie & { readonly ontvangstdatum: string };
  readonly verloop: BeslistermijnVerloop;
}

export type Uitstel = Omit<BeslistermijnBezwaarUitgesteld, 'type' | 'zaakId' | 'datum' | 'door'>;

/**
 * Art. 7:10 lid 4 Awb: the beslissing op bezwaar postponed further than lid 3 allows, "voor zover
 * de indiener van het bezwaarschrift daarmee instemt en andere belanghebbenden daardoor niet in
 * hun belangen kunnen worden geschaad of daarmee instemmen". No maximum and no limit to how
 * often; it may follow a verdaging (lid 3) or come without one. It is agreed while the term
 * runs: once the term ended there is nothing left to postpone.
 */
export function stelBeslissingOpBezwaarUit(regels: Regels, command: StelBeslissingOpBezwaarUit, termijn: HangendeBeslistermijn): Uitstel {
  const reden = regels.tekst(command.reden, 'uitstel-zonder-reden', 'Zeg waarom de beslissing op bezwaar verder wordt uitgesteld', 'reden');
  const instemming = command.instemming as InstemmingMetUitstel | undefined;
  if (typeof instemming !== 'object' || instemming === null) {
    regels.weiger('uitstel-zonder-instemming', 'Verder uitstel kan alleen met instemming van de indiener van het bezwaar (art. 7:10 lid 4 Awb): geef de dag waarop die instemde', 'instemming');
  }
  regels.datum(instemming.indienerOp, 'instemming.indienerOp');
  if (!(BELANGEN_VAN_ANDEREN_BIJ_UITSTEL as readonly unknown[]).includes(instemming.andereBelanghebbenden)) {
    regels.weiger(
      'uitstel-schaadt-anderen',
      `Verder uitstel kan alleen als andere belanghebbenden daardoor niet in hun belangen kunnen worden geschaad of ermee instemmen (art. 7:10 lid 4 Awb): kies ${BELANGEN_VAN_ANDEREN_BIJ_UITSTEL.join(' of ')}`,
      'instemming.andereBelanghebbenden',
    );
  }
  try {
    controleerTermijnlengte(command.lengte, 'lengte');
  } catch (error) {
    if (error instanceof TermijnFout) regels.weiger('termijn-ongeldig', error.message, 'lengte');
    throw error;
  }
  regels.volgorde(termijn.bezwaar.ontvangstdatum, instemming.indienerOp, 'instemming.indienerOp', 'De bezwaarmaker kan niet vóór de ontvangst van het bezwaar met uitstel hebben ingestemd');
  regels.volgorde(instemming.indienerOp, command.datum, 'datum', 'Het uitstel kan niet zijn afgesproken vóór de bezwaarmaker ermee instemde');
  regels.volgorde(termijn.verloop.laatsteStap, command.datum, 'datum', 'Het uitstel kan niet vóór de vorige stap in de beslistermijn liggen');
  const huidig = lopendeBeslistermijn(termijn.bezwaartermijnEinde, termijn.verloop, command.datum, termijn.bezwaar).einde;
  if (command.datum > huidig) {
    regels.weiger('beslistermijn-verstreken', `De beslistermijn op bezwaar eindigde op ${huidig}: uitstel met instemming wordt afgesproken vóór het einde ervan (art. 7:10 lid 4 Awb)`, 'datum');
  }
  const uitstel = { lengte: { aantal: command.lengte.aantal, eenheid: command.lengte.eenheid }, reden, instemming: { indienerOp: instemming.indienerOp, andereBelanghebbenden: instemming.andereBelanghebbenden } };
  const verloop = { ...termijn.verloop, verdagingen: [...termijn.verloop.verdagingen, uitstelVan(uitstel)] };
  return { ...uitstel, beslistermijnEinde: lopendeBeslistermijn(termijn.bezwaartermijnEinde, verloop, command.datum, termijn.bezwaar).einde };
}
