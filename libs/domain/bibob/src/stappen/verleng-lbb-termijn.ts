import type { VerlengLbbTermijn } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { lbbAdviestermijn } from '../regels/toets-termijnen';
import { bibobRegels, vereis } from '../regels/vereis';

/**
 * Art. 15 Wet Bibob: the LBB extends its term once, by four weeks, before it ends; the beslistermijn
 * may then stand still twelve weeks instead of eight (art. 32). Not a second time, not after the advice.
 */
export function verlengLbbTermijn(command: VerlengLbbTermijn, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  if (state.status !== 'onbekend' && state.onderzoek.lbb?.advies !== undefined) {
    regels.weiger('advies-al-ontvangen', `Het LBB bracht zijn advies al uit op ${state.onderzoek.lbb.advies.ontvangstdatum}: de adviestermijn kan niet meer worden verlengd`, 'zaakId');
  }
  const s = vereis(state, command.zaakId, ['advies-gevraagd'], 'Het LBB verlengt zijn adviestermijn terwijl het advies loopt');
  const lbb = s.onderzoek.lbb;
  if (lbb === undefined) return regels.weiger('geen-advies-gevraagd', 'Er is geen advies aan het LBB gevraagd', 'zaakId');
  if (lbb.verlengd) regels.weiger('lbb-termijn-al-verlengd', 'Het LBB verlengde zijn adviestermijn al; art. 15 Wet Bibob staat dat één keer toe, met ten hoogste vier weken', 'zaakId');
  regels.volgorde(lbb.verzenddatum, command.datum, 'datum', 'De verlenging kan niet vóór de adviesaanvraag liggen');
  const huidig = lbbAdviestermijn(lbb.verzenddatum, false, lbb.vragen, command.datum).einde;
  if (command.datum > huidig) {
    regels.weiger('lbb-termijn-verstreken', `De adviestermijn van het LBB eindigde op ${huidig}: verlengen kan alleen vóór het einde ervan (art. 15 Wet Bibob)`, 'datum');
  }
  return [{ type: 'LbbTermijnVerlengd', zaakId: command.zaakId, adviestermijnEinde: lbbAdviestermijn(lbb.verzenddatum, true, lbb.vragen, command.datum).einde, datum: command.datum, door: command.door }];
}
