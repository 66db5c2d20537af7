import { controleerUitvoerbaar, type Regels } from '@handhaving/domain-awb';
import { plusDagen } from '@handhaving/termijnen';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { PasBestuursdwangToe } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { DE_LAST, rechtsgang } from '../regels/rechtsgang';
import { vereis } from '../regels/vereis';

/**
 * Art. 5:21, 5:24 Awb: the gemeente carries out the last itself, once the begunstigingstermijn
 * ended and a hercontrole after it found the violation going on; not while a voorlopige
 * voorziening is asked or holds the last (the kernel's controleerUitvoerbaar), nor once it was
 * herroepen or vernietigd.
 */
export function pasBestuursdwangToe(command: PasBestuursdwangToe, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['last-opgelegd'], 'Bestuursdwang wordt toegepast onder een opgelegde last, één keer');
  const { last } = s;
  regels.datum(command.uitvoeringsdatum, 'uitvoeringsdatum');
  if (last.vervallen?.reden === 'herroepen') {
    regels.weiger('last-herroepen', `De last onder bestuursdwang is op ${last.vervallen.sinds} op bezwaar herroepen: hij kan niet meer worden uitgevoerd`, 'zaakId');
  }
  controleerUitvoerbaar(regels, rechtsgang(last), command.uitvoeringsdatum, 'uitvoeringsdatum', DE_LAST);
  const einde = last.begunstigingstermijn.einde;
  if (command.uitvoeringsdatum <= einde) {
    regels.weiger(
      'begunstigingstermijn-loopt-nog',
      `De begunstigingstermijn loopt tot en met ${einde}: tot dan kan de overtreder de last zelf uitvoeren (art. 5:24 lid 2 Awb); bestuursdwang kan vanaf ${plusDagen(einde, 1)}`,
      'uitvoeringsdatum',
    );
  }
  const hercontrole = s.hercontroles.filter((h) => h.na === 'last-onder-bestuursdwang').at(-1);
  if (hercontrole === undefined) {
    regels.weiger('hercontrole-ontbreekt', 'Leg eerst de hercontrole na de begunstigingstermijn vast: bestuursdwang volgt alleen op een hercontrole die de overtreding nog aantrof', 'zaakId');
  }
  if (hercontrole.uitkomst === 'nageleefd') {
    regels.weiger('overtreding-beeindigd', `De hercontrole van ${hercontrole.controledatum} vond de last nageleefd: sluit het traject af als nageleefd`, 'zaakId');
  }
  regels.volgorde(hercontrole.controledatum, command.uitvoeringsdatum, 'uitvoeringsdatum', 'Bestuursdwang kan niet vóór de hercontrole die hem rechtvaardigt zijn toegepast');
  const kosten = command.kosten;
  if (kosten !== undefined && (!Number.isSafeInteger(kosten?.bedragCent) || kosten.bedragCent <= 0)) {
    regels.weiger('kosten-ongeldig', 'Geef de kosten in hele eurocenten, meer dan 0 (125000 is € 1.250,00), of laat ze weg', 'kosten.bedragCent');
  }
  return [
    {
      type: 'BestuursdwangToegepast',
      zaakId: command.zaakId,
      uitvoeringsdatum: command.uitvoeringsdatum,
      ...(kosten === undefined ? {} : { kosten: { bedragCent: kosten.bedragCent } }),
      datum: command.datum,
      door: command.door,
    },
  ];
}
