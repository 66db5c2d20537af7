import { zienswijzetermijn, type Regels } from '@handhaving/domain-awb';
import type { VerzendVoornemen } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereis } from '../regels/vereis';

/** Art. 4:8 Awb: the voornemen to impose a last, with the overtreder's zienswijzetermijn. */
export function verzendVoornemen(command: VerzendVoornemen, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  const s = vereis(state, command.zaakId, ['geopend'], 'Een voornemen volgt op het openen van de zaak, en één keer');
  regels.datum(command.verzenddatum, 'verzenddatum');
  regels.volgorde(s.zaak.constateringsdatum, command.verzenddatum, 'verzenddatum', 'Het voornemen kan niet vóór de constatering zijn verzonden');
  return [
    {
      type: 'VoornemenVerzonden',
      zaakId: command.zaakId,
      verzenddatum: command.verzenddatum,
      zienswijzetermijn: zienswijzetermijn(regels, command.verzenddatum, command.zienswijzetermijn),
      datum: command.datum,
      door: command.door,
    },
  ];
}
