import type { RegistreerOntvangstGegevens } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import { VOOR_BESLUIT, type BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';

/** Step 2: the vragenformulier or the documents came in; the beslistermijn runs again from that day (art. 4:15 lid 1 sub a Awb). */
export function registreerOntvangstGegevens(command: RegistreerOntvangstGegevens, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, VOOR_BESLUIT, 'De ontvangst van opgevraagde gegevens wordt vóór het besluit vastgelegd');
  const open = s.onderzoek.gegevens.find((g) => g.ontvangstdatum === undefined);
  if (open === undefined) return regels.weiger('geen-gegevens-opgevraagd', 'Er staat geen vragenformulier of verzoek om stukken uit: vraag ze eerst op', 'zaakId');
  regels.datum(command.ontvangstdatum, 'ontvangstdatum');
  regels.volgorde(open.verzenddatum, command.ontvangstdatum, 'ontvangstdatum', `De gegevens kunnen niet vóór het verzoek van ${open.verzenddatum} zijn ontvangen`);
  return [{ type: 'GegevensOntvangen', zaakId: command.zaakId, soort: open.soort, ontvangstdatum: command.ontvangstdatum, datum: command.datum, door: command.door }];
}
