import type { Regels } from '@handhaving/domain-awb';
import type { WeigerVergunning } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { bekendmakingVan, bezwaartermijnEinde, controleerBesluit, controleerNaVoornemen } from '../regels/besluit';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/**
 * The aanvraag refused, with its motivering (art. 3:46 Awb). When a voornemen to refuse was sent
 * (art. 4:7 Awb), the weigering follows its zienswijzefase (the kernel's rule); without one it may
 * follow the aanvraag (art. 4:7 lid 1 Awb asks a voornemen only where the weigering rests on facts
 * about the aanvrager that differ from his own). Bezwaar runs six weeks from the bekendmaking.
 */
export function weigerVergunning(command: WeigerVergunning, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['aangevraagd'], 'Alleen een aanvraag in behandeling kan worden geweigerd, en één keer');
  const motivering = regels.tekst(command.motivering, 'motivering-ontbreekt', 'Een weigering wordt gemotiveerd (art. 3:46 Awb): zeg waarom de vergunning niet wordt verleend', 'motivering');
  const bekendmakingsdatum = bekendmakingVan(command);
  if (s.voornemen !== undefined) controleerNaVoornemen(regels, s.voornemen, command.datum, bekendmakingsdatum, 'de weigering');
  else controleerBesluit(regels, { datum: s.zaak.ontvangstdatum, wat: 'de ontvangst van de aanvraag' }, command.datum, bekendmakingsdatum);
  return [
    {
      type: 'VergunningGeweigerd',
      zaakId: command.zaakId,
      besluitdatum: command.datum,
      bekendmakingsdatum,
      bezwaartermijnEinde: bezwaartermijnEinde(regels, bekendmakingsdatum),
      motivering,
      datum: command.datum,
      door: command.door,
    },
  ];
}
