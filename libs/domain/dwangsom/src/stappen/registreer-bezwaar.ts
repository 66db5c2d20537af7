import type { Regels } from '@handhaving/domain-awb';
import { plusDagen } from '@handhaving/termijnen';
import type { RegistreerBezwaar } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereisLast } from '../regels/vereis';

/** Art. 6:7–6:9 Awb: a bezwaar against the last or against one invorderingsbeschikking, on time or late. */
export function registreerBezwaar(command: RegistreerBezwaar, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'Bezwaar wordt geregistreerd tegen de last of een invorderingsbeschikking');
  const besluit = bestreden(s, command.tegen);
  if (besluit.bezwaar) regels.weiger('bezwaar-al-ingediend', `Tegen ${besluit.naam} is al bezwaar geregistreerd`, 'tegen');
  regels.datum(command.ontvangstdatum, 'ontvangstdatum');
  regels.volgorde(besluit.bekendmakingsdatum, command.ontvangstdatum, 'ontvangstdatum', `Het bezwaar kan niet vóór de bekendmaking van ${besluit.naam} zijn ontvangen`);
  if (command.verzenddatum !== undefined) regels.datum(command.verzenddatum, 'verzenddatum');
  const einde = besluit.bezwaartermijnEinde;
  // Art. 6:9 Awb: on time when received within the term, or posted within it and received at most a week after.
  const tijdig = command.ontvangstdatum <= einde || (command.verzenddatum !== undefined && command.verzenddatum <= einde && command.ontvangstdatum <= plusDagen(einde, 7));
  return [
    {
      type: 'BezwaarIngediend',
      zaakId: command.zaakId,
      tegen: besluit.tegen,
      ontvangstdatum: command.ontvangstdatum,
      ...(command.verzenddatum === undefined ? {} : { verzenddatum: command.verzenddatum }),
      bezwaartermijnEinde: einde,
      tijdig,
      datum: command.datum,
      door: command.door,
    },
  ];
}
