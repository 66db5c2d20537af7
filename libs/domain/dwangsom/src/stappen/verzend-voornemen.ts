import { verzendVoornemen as verzendAwbVoornemen } from '@handhaving/domain-awb';
import type { VerzendVoornemen } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereis } from '../regels/vereis';

/** Art. 4:8 Awb (the kernel's step): the voornemen to impose a last, to the overtreder, with his zienswijzetermijn. */
export function verzendVoornemen(command: VerzendVoornemen, state: DwangsomState): readonly DwangsomEvent[] {
  const s = vereis(state, command.zaakId, ['geopend'], 'Een voornemen volgt op het openen van de zaak, en één keer');
  return [
    verzendAwbVoornemen(dwangsomRegels(command), command, {
      na: { datum: s.zaak.constateringsdatum, wat: 'de constatering' },
      betrokkenen: [s.zaak.overtrederId],
    }),
  ];
}
