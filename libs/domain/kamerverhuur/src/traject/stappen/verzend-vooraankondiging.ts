import type { Regels } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { VerzendVooraankondiging } from '../traject.commands';
import type { TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';
import { vereis } from '../regels/vereis';

/**
 * The informal aanschrijving: the overtreder is told what was found and asked to end it, perhaps by
 * a day, before the gemeente announces a besluit. No Awb step: no zienswijzetermijn, no bezwaar.
 */
export function verzendVooraankondiging(command: VerzendVooraankondiging, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['geconstateerd'], 'Een vooraankondiging volgt op de constatering, vóór het voornemen, en één keer');
  regels.datum(command.verzenddatum, 'verzenddatum');
  regels.volgorde(s.zaak.constateringsdatum, command.verzenddatum, 'verzenddatum', 'De vooraankondiging kan niet vóór de constatering zijn verzonden');
  const einde = command.hersteltermijnEinde;
  if (einde !== undefined) {
    regels.toekomstigeDatum(einde, 'hersteltermijnEinde');
    if (einde <= command.verzenddatum) regels.weiger('termijn-ongeldig', `De hersteltermijn moet na de verzenddatum ${command.verzenddatum} eindigen`, 'hersteltermijnEinde');
  }
  return [
    {
      type: 'VooraankondigingVerzonden',
      zaakId: command.zaakId,
      verzenddatum: command.verzenddatum,
      ...(einde === undefined ? {} : { hersteltermijnEinde: einde }),
      datum: command.datum,
      door: command.door,
    },
  ];
}
