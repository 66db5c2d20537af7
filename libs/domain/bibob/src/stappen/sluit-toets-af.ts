import type { SluitToetsAf } from '../bibob.commands';
import { REDENEN_VAN_AFSLUITING, type BibobEvent } from '../bibob.events';
import { VOOR_BESLUIT, type BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/** The toets ends without a besluit: a signal that calls for no measure, or an aanvraag its aanvrager withdrew. */
export function sluitToetsAf(command: SluitToetsAf, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, VOOR_BESLUIT, 'Een toets wordt zonder besluit afgesloten zolang er geen besluit is');
  const reden = regels.keuze(command.reden, REDENEN_VAN_AFSLUITING, 'reden-onbekend', 'reden', 'reden');
  if (reden === 'geen-maatregel' && s.zaak.aanleiding.soort === 'aanvraag') {
    regels.weiger('reden-past-niet-bij-toets', 'Op een aanvraag wordt beslist (verleend, onder voorschriften of geweigerd); zonder besluit eindigt de toets alleen als de aanvraag is ingetrokken', 'reden');
  }
  if (reden === 'aanvraag-ingetrokken' && s.zaak.aanleiding.soort !== 'aanvraag') regels.weiger('reden-past-niet-bij-toets', 'Deze toets gaat niet over een aanvraag: kies geen-maatregel', 'reden');
  regels.volgorde(s.zaak.startdatum, command.datum, 'datum', 'De toets kan niet vóór zijn start zijn afgesloten');
  return [{ type: 'BibobToetsAfgesloten', zaakId: command.zaakId, reden, datum: command.datum, door: command.door }];
}
