import { begunstigingstermijn, eindeVan, type Regels } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { LegLastOnderBestuursdwangOp } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { controleerBesluitdatum } from '../regels/besluit';
import { vereis } from '../regels/vereis';

/**
 * Art. 5:21, 5:24 Awb: the last onder bestuursdwang, after the zienswijzefase (art. 4:8 Awb, the
 * kernel's rule: never inside the zienswijzetermijn unless everyone was heard). It describes what
 * must be done (lid 1) and gives a begunstigingstermijn (lid 2) from the day after bekendmaking;
 * bezwaar runs six weeks from then.
 */
export function legLastOnderBestuursdwangOp(command: LegLastOnderBestuursdwangOp, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  if (state.status !== 'onbekend' && state.zaak.zaakId === command.zaakId) {
    if (state.status === 'geconstateerd' || state.status === 'vooraankondiging-verzonden') {
      regels.weiger('voornemen-ontbreekt', 'Stuur eerst een voornemen met een zienswijzetermijn (art. 4:8 Awb): de last onder bestuursdwang volgt op de zienswijzefase', 'zaakId');
    }
    if (state.status === 'voornemen-verzonden') {
      regels.weiger('zienswijzefase-niet-afgerond', `Wacht op de zienswijze of het einde van de zienswijzetermijn (${state.voornemen.zienswijzetermijnEinde}) voordat de last wordt opgelegd`, 'zaakId');
    }
  }
  const s = vereis(state, command.zaakId, ['gereed-voor-besluit'], 'Een last onder bestuursdwang volgt op de zienswijzefase, en één keer');
  const omschrijving = regels.tekst(
    command.omschrijving,
    'omschrijving-ontbreekt',
    'Zeg wat de overtreder moet doen om de overtreding te beëindigen (art. 5:24 lid 1 Awb: de last omschrijft de herstelmaatregelen)',
    'omschrijving',
  );
  const bekendmakingsdatum = command.bekendmakingsdatum ?? command.besluitdatum;
  controleerBesluitdatum(regels, s.voornemen, command.besluitdatum, bekendmakingsdatum);
  if (command.begunstigingstermijn === undefined) {
    regels.weiger('begunstigingstermijn-ontbreekt', 'De last geeft een termijn om hem zelf uit te voeren (art. 5:24 lid 2 Awb): geef de begunstigingstermijn van het beleid of een einddatum', 'begunstigingstermijn');
  }
  return [
    {
      type: 'LastOnderBestuursdwangOpgelegd',
      zaakId: command.zaakId,
      besluitdatum: command.besluitdatum,
      bekendmakingsdatum,
      begunstigingstermijn: begunstigingstermijn(regels, bekendmakingsdatum, command.begunstigingstermijn, 'bestuursdwang'),
      omschrijving,
      bezwaartermijnEinde: eindeVan(regels, { soort: 'bezwaartermijn', vanaf: bekendmakingsdatum }, 'bekendmakingsdatum'),
      datum: command.datum,
      door: command.door,
    },
  ];
}
