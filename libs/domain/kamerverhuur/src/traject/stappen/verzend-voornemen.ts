import { verzendVoornemen as verzendAwbVoornemen, type Regels } from '@handhaving/domain-awb';
import { plusDagen } from '@handhaving/termijnen';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { VerzendVoornemen } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import { laatsteHercontrole, type TrajectState } from '../traject.state';
import { vereis } from '../regels/vereis';

/**
 * Art. 4:8 Awb (the kernel's step): the voornemen to impose a last onder bestuursdwang, to the
 * overtreder, with his zienswijzetermijn. After a vooraankondiging it waits for the hersteltermijn
 * the letter gave (the gemeente keeps its word), and is not sent once a hercontrole found the
 * violation ended.
 */
export function verzendVoornemen(command: VerzendVoornemen, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['geconstateerd', 'vooraankondiging-verzonden'], 'Een voornemen volgt op de constatering of de vooraankondiging, en één keer');
  regels.datum(command.verzenddatum, 'verzenddatum');
  const hercontrole = laatsteHercontrole(s);
  if (hercontrole?.uitkomst === 'nageleefd') {
    regels.weiger(
      'overtreding-beeindigd',
      `De hercontrole van ${hercontrole.controledatum} vond de overtreding beëindigd: sluit het traject af als nageleefd, of leg eerst een hercontrole vast die weer een overtreding vond`,
      'zaakId',
    );
  }
  const einde = s.vooraankondiging?.hersteltermijnEinde;
  if (einde !== undefined && command.verzenddatum <= einde) {
    regels.weiger('hersteltermijn-loopt-nog', `De vooraankondiging gaf de overtreder tot en met ${einde}: het voornemen kan vanaf ${plusDagen(einde, 1)} worden verzonden`, 'verzenddatum');
  }
  const wat = hercontrole !== undefined ? 'de hercontrole' : s.vooraankondiging !== undefined ? 'de vooraankondiging' : 'de constatering';
  return [verzendAwbVoornemen(regels, command, { na: { datum: s.laatsteStap, wat }, betrokkenen: [s.zaak.overtrederId] })];
}
