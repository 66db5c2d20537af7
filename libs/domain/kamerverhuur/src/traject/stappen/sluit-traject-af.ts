import { leeg, type Regels } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { SluitTrajectAf } from '../traject.commands';
import { RESULTATEN_VAN_TRAJECT, type ResultaatVanTraject, type TrajectEvent } from '../traject.events';
import { laatsteHercontrole, staandeLast, type GevondenTraject, type TrajectState } from '../traject.state';
import { DE_LAST } from '../regels/rechtsgang';
import { LOPEND, vereis } from '../regels/vereis';

/**
 * The traject ends, once, with a result the course supports: nageleefd only after a hercontrole
 * found it, bestuursdwang-toegepast only after it was, dwangsom-ingevorderd only on the dwangsom
 * route; gelegaliseerd (a permit was granted) and geen-overtreding on the medewerker's word, with
 * his toelichting. Afterwards only the juridische procedure against the last goes on.
 */
export function sluitTrajectAf(command: SluitTrajectAf, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, LOPEND, 'Een traject wordt één keer afgesloten');
  const resultaat = regels.keuze(command.resultaat, RESULTATEN_VAN_TRAJECT, 'resultaat-onbekend', 'resultaat', 'resultaat');
  regels.datum(command.afsluitdatum, 'afsluitdatum');
  regels.volgorde(s.laatsteStap, command.afsluitdatum, 'afsluitdatum', 'Het traject kan niet worden afgesloten vóór zijn laatste stap');
  const toelichting = controleerResultaat(regels, s, resultaat, command.toelichting);
  return [
    {
      type: 'TrajectAfgesloten',
      zaakId: command.zaakId,
      afsluitdatum: command.afsluitdatum,
      resultaat,
      ...(toelichting === undefined ? {} : { toelichting }),
      datum: command.datum,
      door: command.door,
    },
  ];
}

/** Whether the traject's course supports the result; the toelichting, trimmed, where given or required. */
function controleerResultaat(regels: Regels, s: GevondenTraject, resultaat: ResultaatVanTraject, toelichting: string | undefined): string | undefined {
  switch (resultaat) {
    case 'nageleefd': {
      const hercontrole = laatsteHercontrole(s);
      if (hercontrole?.uitkomst !== 'nageleefd') {
        regels.weiger(
          'naleving-niet-vastgesteld',
          hercontrole === undefined
            ? 'Nageleefd volgt op een hercontrole die de overtreding beëindigd vond: leg die hercontrole eerst vast'
            : `De laatste hercontrole (${hercontrole.controledatum}) vond de overtreding nog: leg een hercontrole vast die haar beëindigd vond, of kies een ander resultaat`,
          'resultaat',
        );
      }
      break;
    }
    case 'gelegaliseerd':
      return regels.tekst(toelichting, 'toelichting-ontbreekt', 'Zeg welke vergunning de overtreding legaliseerde (soort, nummer, datum van verlening)', 'toelichting');
    case 'bestuursdwang-toegepast':
      if (s.status !== 'bestuursdwang-toegepast') regels.weiger('bestuursdwang-niet-toegepast', 'In dit traject is geen bestuursdwang toegepast: leg de toepassing eerst vast, of kies het resultaat dat past', 'resultaat');
      break;
    case 'dwangsom-ingevorderd':
      if (s.status !== 'dwangsom-gekozen') regels.weiger('geen-dwangsom-gekozen', 'In dit traject is geen last onder dwangsom gekozen: kies het resultaat dat past', 'resultaat');
      break;
    case 'geen-overtreding': {
      const last = staandeLast(s);
      if (last !== undefined) {
        regels.weiger('last-staat-nog', `Op ${last.besluitdatum} is ${DE_LAST} opgelegd en die staat nog: geen overtreding past daar niet bij zolang hij niet is herroepen of vernietigd`, 'resultaat');
      }
      return regels.tekst(toelichting, 'toelichting-ontbreekt', 'Zeg waarom er bij nader inzien geen overtreding was', 'toelichting');
    }
    default: {
      const onbekend: never = resultaat;
      return onbekend;
    }
  }
  return leeg(toelichting) ? undefined : (toelichting as string).trim();
}
