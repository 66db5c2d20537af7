import type { Regels } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { KiesLastOnderDwangsom } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import { staandeLast, type TrajectState } from '../traject.state';
import { DE_LAST } from '../regels/rechtsgang';
import { LOPEND, vereis } from '../regels/vereis';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Art. 5:32 lid 1 Awb: instead of bestuursdwang, a last onder dwangsom. A process manager opens the
 * dwangsom case `dwangsomZaakId` (its own voornemen, last, controles, verbeuring, invordering) with
 * this traject as its herkomst. Once, and not while a last onder bestuursdwang stands: the gemeente
 * chooses one instrument; a voornemen already sent here lapses (the dwangsom case sends its own).
 */
export function kiesLastOnderDwangsom(command: KiesLastOnderDwangsom, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, LOPEND, 'Een last onder dwangsom volgt op de constatering');
  if (s.status === 'dwangsom-gekozen') {
    regels.weiger('dwangsom-al-gekozen', `Voor dit traject is op ${s.dwangsom.gekozenOp} al een last onder dwangsom gekozen: dwangsomzaak ${s.dwangsom.dwangsomZaakId}`, 'zaakId');
  }
  const last = staandeLast(s);
  if (last !== undefined) {
    regels.weiger(
      'bestuursdwang-gekozen',
      `Op ${last.besluitdatum} is ${DE_LAST} opgelegd: een last onder dwangsom kan pas als die is herroepen of vernietigd`,
      'zaakId',
    );
  }
  const dwangsomZaakId = regels.tekst(command.dwangsomZaakId, 'dwangsomzaak-ontbreekt', 'De dwangsomzaak die geopend wordt heeft een id nodig (dwangsomZaakId, een uuid)', 'dwangsomZaakId');
  if (!UUID.test(dwangsomZaakId)) regels.weiger('dwangsomzaak-ongeldig', `${JSON.stringify(dwangsomZaakId)} is geen uuid: de dwangsomzaak heeft een uuid als id`, 'dwangsomZaakId');
  const motivering = regels.tekst(command.motivering, 'motivering-ontbreekt', 'Motiveer waarom een last onder dwangsom wordt gekozen en niet bestuursdwang', 'motivering');
  regels.volgorde(s.laatsteStap, command.datum, 'datum', 'De keuze kan niet vóór de vorige stap van het traject liggen');
  return [
    {
      type: 'LastOnderDwangsomGekozen',
      zaakId: command.zaakId,
      dwangsomZaakId,
      overtrederId: s.zaak.overtrederId,
      gemeente: s.zaak.gemeente,
      soort: s.zaak.soort,
      pandSleutel: s.zaak.pandSleutel,
      motivering,
      datum: command.datum,
      door: command.door,
    },
  ];
}
