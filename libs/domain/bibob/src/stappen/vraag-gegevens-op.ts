import type { VraagGegevensOp } from '../bibob.commands';
import { SOORTEN_GEGEVENS, type BibobEvent } from '../bibob.events';
import { ONDERZOEKSFASE, type BibobState } from '../bibob.state';
import { bibobRegels, vereis } from '../regels/vereis';
import { verzegeldOfNiets } from '../verzegelde-inhoud';

/**
 * Step 2: the Bibob vragenformulier (art. 30 Wet Bibob) or missing documents are asked of the
 * betrokkene. On an aanvraag the beslistermijn stands still from the day after until they arrive
 * (art. 4:15 lid 1 sub a Awb). One request at a time: the next waits for the answer to the last.
 */
export function vraagGegevensOp(command: VraagGegevensOp, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ONDERZOEKSFASE, 'Een vragenformulier of aanvullende stukken worden opgevraagd tijdens het onderzoek, vóór het voornemen');
  const soort = regels.keuze(command.soort, SOORTEN_GEGEVENS, 'soort-gegevens-onbekend', 'soort', 'soort');
  const open = s.onderzoek.gegevens.find((g) => g.ontvangstdatum === undefined);
  if (open !== undefined) {
    regels.weiger('gegevens-al-opgevraagd', `Er staat nog een ${open.soort} uit (verzonden ${open.verzenddatum}): leg eerst de ontvangst daarvan vast`, 'zaakId');
  }
  regels.datum(command.verzenddatum, 'verzenddatum');
  regels.volgorde(s.zaak.startdatum, command.verzenddatum, 'verzenddatum', 'Gegevens worden niet vóór de start van de toets opgevraagd');
  const omschrijving = verzegeldOfNiets(regels, command.omschrijving, 'omschrijving', 'Wat er is opgevraagd');
  return [{ type: 'GegevensOpgevraagd', zaakId: command.zaakId, soort, verzenddatum: command.verzenddatum, ...(omschrijving === undefined ? {} : { omschrijving }), datum: command.datum, door: command.door }];
}
