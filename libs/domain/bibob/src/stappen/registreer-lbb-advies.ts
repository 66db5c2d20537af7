import type { RegistreerLbbAdvies } from '../bibob.commands';
import { CONCLUSIES_LBB, type BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';
import { verzegeld } from '../verzegelde-inhoud';

/**
 * Step 5: the LBB's advice came in, with the degree of danger it found (art. 9 Wet Bibob). Its text
 * is sealed; the conclusion is a category. Questions still unanswered count until this day.
 */
export function registreerLbbAdvies(command: RegistreerLbbAdvies, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['advies-gevraagd'], 'Een LBB-advies volgt op een adviesaanvraag, en één keer');
  const lbb = s.onderzoek.lbb;
  if (lbb === undefined) return regels.weiger('geen-advies-gevraagd', 'Er is geen advies aan het LBB gevraagd', 'zaakId');
  const conclusie = regels.keuze(command.conclusie, CONCLUSIES_LBB, 'conclusie-onbekend', 'conclusie', 'conclusie');
  const advies = verzegeld(regels, command.advies, 'advies', 'Het advies van het LBB');
  regels.datum(command.ontvangstdatum, 'ontvangstdatum');
  regels.volgorde(lbb.verzenddatum, command.ontvangstdatum, 'ontvangstdatum', `Het advies kan niet vóór de aanvraag van ${lbb.verzenddatum} zijn ontvangen`);
  return [{ type: 'LbbAdviesOntvangen', zaakId: command.zaakId, ontvangstdatum: command.ontvangstdatum, conclusie, advies, datum: command.datum, door: command.door }];
}
