import { plusDagen } from '@handhaving/termijnen';
import { leeg, type Regels } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { RegistreerHercontrole } from '../traject.commands';
import { HERCONTROLE_UITKOMSTEN, type HercontroleNa, type TrajectEvent } from '../traject.events';
import { laatsteHercontrole, type TrajectIn, type TrajectState } from '../traject.state';
import { vereis } from '../regels/vereis';

/**
 * A toezichthouder looks again: after the hersteltermijn of the vooraankondiging, after the
 * begunstigingstermijn of the last onder bestuursdwang, or (on the dwangsom route) to close the
 * traject. Within the term he can find the violation ended, not that it goes on: the overtreder
 * has until its last day.
 */
export function registreerHercontrole(command: RegistreerHercontrole, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['vooraankondiging-verzonden', 'last-opgelegd', 'dwangsom-gekozen'], 'Een hercontrole volgt op een vooraankondiging of een last');
  const uitkomst = regels.keuze(command.uitkomst, HERCONTROLE_UITKOMSTEN, 'uitkomst-onbekend', 'uitkomst', 'uitkomst');
  const toezichthouder = regels.tekst(command.toezichthouder, 'toezichthouder-ontbreekt', 'Noem de toezichthouder die de hercontrole deed', 'toezichthouder');
  if (uitkomst === 'overtreding' && leeg(command.bevindingen)) {
    regels.weiger('bevindingen-ontbreken', 'Beschrijf wat de hercontrole aantrof: de volgende stap in het traject rust erop', 'bevindingen');
  }
  regels.datum(command.controledatum, 'controledatum');
  const vorige = laatsteHercontrole(s);
  if (vorige !== undefined) regels.volgorde(vorige.controledatum, command.controledatum, 'controledatum', 'Een hercontrole kan niet vóór de vorige hercontrole liggen');
  const na = controleerTermijn(regels, s, command.controledatum, uitkomst === 'overtreding');
  return [
    {
      type: 'HercontroleUitgevoerd',
      zaakId: command.zaakId,
      controledatum: command.controledatum,
      uitkomst,
      toezichthouder,
      na,
      ...(leeg(command.bevindingen) ? {} : { bevindingen: (command.bevindingen as string).trim() }),
      datum: command.datum,
      door: command.door,
    },
  ];
}

/** Which term the hercontrole follows; a violation found within it is refused. */
function controleerTermijn(regels: Regels, s: TrajectIn<'vooraankondiging-verzonden' | 'last-opgelegd' | 'dwangsom-gekozen'>, controledatum: string, overtreding: boolean): HercontroleNa {
  switch (s.status) {
    case 'vooraankondiging-verzonden': {
      regels.volgorde(s.vooraankondiging.verzenddatum, controledatum, 'controledatum', 'Een hercontrole kan niet vóór de vooraankondiging liggen');
      const einde = s.vooraankondiging.hersteltermijnEinde;
      if (overtreding && einde !== undefined && controledatum <= einde) {
        regels.weiger(
          'hersteltermijn-loopt-nog',
          `De vooraankondiging gaf de overtreder tot en met ${einde}: een voortdurende overtreding kan vanaf ${plusDagen(einde, 1)} worden vastgesteld, eerder alleen dat zij is beëindigd`,
          'controledatum',
        );
      }
      return 'vooraankondiging';
    }
    case 'last-opgelegd': {
      const { last } = s;
      if (last.vervallen !== undefined) {
        regels.weiger('last-vervallen', `De last onder bestuursdwang is op ${last.vervallen.sinds} ${last.vervallen.reden}: er is geen last meer om na te controleren; kies een last onder dwangsom of sluit het traject af`, 'zaakId');
      }
      regels.volgorde(last.bekendmakingsdatum, controledatum, 'controledatum', 'Een hercontrole op de last kan niet vóór zijn bekendmaking liggen');
      const einde = last.begunstigingstermijn.einde;
      if (overtreding && controledatum <= einde) {
        regels.weiger(
          'begunstigingstermijn-loopt-nog',
          `De begunstigingstermijn loopt tot en met ${einde} (art. 5:24 lid 2 Awb): een voortdurende overtreding kan vanaf ${plusDagen(einde, 1)} worden vastgesteld, eerder alleen dat de last is nageleefd`,
          'controledatum',
        );
      }
      return 'last-onder-bestuursdwang';
    }
    case 'dwangsom-gekozen':
      regels.volgorde(s.dwangsom.gekozenOp, controledatum, 'controledatum', 'Een hercontrole op de last onder dwangsom kan niet vóór de keuze ervoor liggen');
      return 'last-onder-dwangsom';
    default: {
      const onbekend: never = s;
      return onbekend;
    }
  }
}
