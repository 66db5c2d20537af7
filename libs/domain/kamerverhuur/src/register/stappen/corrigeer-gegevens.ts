import type { CorrigeerGegevens } from '../register.commands';
import type { RegisterEvent } from '../register.events';
import { geldendeWijzigingen, type RegisterState } from '../register.state';
import { geregistreerdOp, kamerverhuurRegels } from '../../regels/kamerverhuur-regels';

/**
 * Issue 14, item 1: an earlier change turns out never to have happened (Kerkrade: a `vergund`
 * for an object with special arrangements but no formal permit). Only the last change that
 * stands can go: the moves after an earlier one were made from the stand it gave.
 */
export function corrigeerGegevens(command: CorrigeerGegevens, state: RegisterState): readonly RegisterEvent[] {
  const regels = kamerverhuurRegels(command);
  if (state.status !== 'opgenomen') return regels.weiger('pand-niet-in-register', `Zaak ${command.zaakId} staat niet in het register: neem het pand eerst op`, 'zaakId');
  regels.keuze(command.correctie?.soort, ['wijziging-vervalt'] as const, 'correctie-onbekend', 'correctie', 'correctie.soort');
  const nummer = command.correctie.wijziging;
  const gecorrigeerd = state.wijzigingen.find((w) => w.wijziging === nummer);
  if (gecorrigeerd === undefined) return regels.weiger('wijziging-onbekend', `Het pand heeft geen wijziging ${JSON.stringify(nummer)}: kies een van 1 tot en met ${state.wijzigingen.length}`, 'correctie.wijziging');
  if (gecorrigeerd.vervallen !== undefined) regels.weiger('wijziging-al-gecorrigeerd', `Wijziging ${nummer} is al gecorrigeerd: ${gecorrigeerd.vervallen.reden}`, 'correctie.wijziging');
  const laatste = geldendeWijzigingen(state).at(-1);
  if (laatste?.wijziging !== nummer) {
    regels.weiger('correctie-niet-laatste-wijziging', `Alleen de laatste geldende wijziging (${laatste?.wijziging}) kan vervallen: corrigeer eerst de wijzigingen die erna kwamen`, 'correctie.wijziging');
  }
  const reden = regels.tekst(command.reden, 'reden-ontbreekt', 'Geef de reden van de correctie: wat bleek er anders te zijn?', 'reden');
  return [
    {
      type: 'GegevensGecorrigeerd',
      zaakId: command.zaakId,
      correctie: { soort: 'wijziging-vervalt', wijziging: nummer },
      reden,
      ingangsdatum: gecorrigeerd.ingangsdatum,
      geregistreerdOp: geregistreerdOp(command),
      datum: command.datum,
      door: command.door,
    },
  ];
}
