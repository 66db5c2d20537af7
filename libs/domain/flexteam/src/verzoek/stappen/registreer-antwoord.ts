import { geregistreerdOp } from '../../regels/flexteam-regels';
import { UITKOMSTEN_PER_AAN, vereisVerstuurd, verzoekRegels } from '../regels/verzoek-regels';
import type { RegistreerAntwoord } from '../verzoek.commands';
import { UITKOMSTEN, type VerzoekEvent } from '../verzoek.events';
import type { VerzoekState } from '../verzoek.state';

/** The other side answered, once: the BRP corrected its registration or not; bouw- en woningtoezicht took a measure or not. A late answer is still recorded. */
export function registreerAntwoord(command: RegistreerAntwoord, state: VerzoekState): readonly VerzoekEvent[] {
  const regels = verzoekRegels(command);
  const { zaak } = vereisVerstuurd(state, command.zaakId, 'Een antwoord hoort bij een verstuurd verzoek');
  const uitkomst = regels.keuze(command.uitkomst, UITKOMSTEN, 'uitkomst-onbekend', 'uitkomst', 'uitkomst');
  const passend = UITKOMSTEN_PER_AAN[zaak.aan];
  if (!passend.includes(uitkomst)) regels.weiger('uitkomst-past-niet-bij-aan', `${zaak.aan} antwoordt met ${passend.join(' of ')}, niet met ${uitkomst}`, 'uitkomst');
  regels.volgorde(zaak.verstuurdOp, command.datum, 'datum', 'Een antwoord komt op of na de dag waarop het verzoek is verstuurd');
  return [{ type: 'VerzoekBeantwoord', zaakId: command.zaakId, uitkomst, datum: command.datum, door: command.door, geregistreerdOp: geregistreerdOp(command) }];
}
