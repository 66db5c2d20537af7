import type { VraagLbbAdvies } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { lbbAdviestermijn } from '../regels/toets-termijnen';
import { bibobRegels, vereis } from '../regels/vereis';

/**
 * Step 4: advice asked of the Landelijk Bureau Bibob (art. 9 Wet Bibob), after the gemeente's own
 * screening, when that found a danger or could not judge it. Art. 31 Wet Bibob: the betrokkene is
 * told, and the day he was is recorded. The LBB advises within eight weeks (art. 15); on an
 * aanvraag the beslistermijn stands still meanwhile (art. 32).
 */
export function vraagLbbAdvies(command: VraagLbbAdvies, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['eigen-onderzoek-afgerond'], 'Advies van het LBB wordt gevraagd na het eigen onderzoek, en één keer');
  const eigen = s.onderzoek.eigenOnderzoek;
  if (eigen?.vervolg === 'geen-gevaar') {
    regels.weiger('geen-aanleiding-voor-advies', 'Het eigen onderzoek vond geen gevaar: er is geen aanleiding het LBB om advies te vragen; neem het besluit', 'zaakId');
  }
  regels.datum(command.verzenddatum, 'verzenddatum');
  regels.volgorde(eigen?.datum ?? s.zaak.startdatum, command.verzenddatum, 'verzenddatum', 'Het advies wordt gevraagd na het eigen onderzoek');
  if (command.betrokkeneGeinformeerdOp === undefined) {
    regels.weiger('betrokkene-niet-geinformeerd', 'Art. 31 Wet Bibob: de betrokkene wordt ingelicht dat advies aan het LBB is gevraagd; geef de dag waarop dat gebeurde', 'betrokkeneGeinformeerdOp');
  }
  regels.datum(command.betrokkeneGeinformeerdOp, 'betrokkeneGeinformeerdOp');
  regels.volgorde(s.zaak.startdatum, command.betrokkeneGeinformeerdOp, 'betrokkeneGeinformeerdOp', 'De betrokkene kan niet vóór de start van de toets over de adviesaanvraag zijn ingelicht');
  return [
    {
      type: 'LbbAdviesGevraagd',
      zaakId: command.zaakId,
      verzenddatum: command.verzenddatum,
      betrokkeneGeinformeerdOp: command.betrokkeneGeinformeerdOp,
      adviestermijnEinde: lbbAdviestermijn(command.verzenddatum, false, []).einde,
      datum: command.datum,
      door: command.door,
    },
  ];
}
