import { geregistreerdOp } from '../../regels/flexteam-regels';
import type { StartVervolg } from '../controle.commands';
import { VERVOLGCONTEXTEN, type ControleEvent, type Vervolg } from '../controle.events';
import type { ControleState } from '../controle.state';
import { metAfronding } from '../regels/afgerond';
import { vereisBevinding } from '../regels/bevinding';
import { controleRegels } from '../regels/controle-regels';
import { verwachteVervolgcontext } from '../regels/vervolgen';

/**
 * A finding's follow-up started: the case it opened (a traject, a request, a Damocles case, …),
 * linked back to the control and the address. Given by a process manager that may run twice: the
 * same link again records nothing. The last open finding's follow-up makes the control afgerond.
 */
export function startVervolg(command: StartVervolg, state: ControleState): readonly ControleEvent[] {
  const regels = controleRegels(command);
  const { stand, andereOpen, uitgevoerdOp } = vereisBevinding(regels, state, command, 'Een vervolg hoort bij een bevinding van een uitgevoerde controle');
  const context = regels.keuze(command.vervolg?.context, VERVOLGCONTEXTEN, 'vervolgcontext-onbekend', 'vervolgcontext', 'vervolg.context');
  const zaakId = regels.tekst(command.vervolg.zaakId, 'vervolg-ontbreekt', 'Noem de zaak waarin het vervolg loopt (zaakId)', 'vervolg.zaakId');
  const verwacht = verwachteVervolgcontext(stand.bevinding);
  if (verwacht !== undefined && context !== verwacht) {
    regels.weiger('vervolgcontext-past-niet-bij-bevinding', `Het vervolg van ${stand.bevinding} loopt in ${verwacht}, niet in ${context}`, 'vervolg.context');
  }
  const vervolg: Vervolg = { context, zaakId };
  if (stand.stand === 'gestart') {
    if (stand.vervolg.context === vervolg.context && stand.vervolg.zaakId === vervolg.zaakId) return [];
    regels.weiger('vervolg-al-gestart', `Voor ${stand.bevinding} bij ${stand.pandSleutel} loopt al een vervolg: ${stand.vervolg.context} ${stand.vervolg.zaakId} (sinds ${stand.datum}); een bevinding heeft één vervolg`, 'vervolg');
  }
  if (stand.stand === 'afgezien') {
    regels.weiger('vervolg-afgezien', `Van een vervolg op ${stand.bevinding} bij ${stand.pandSleutel} is op ${stand.datum} afgezien (${stand.reden}): meld een nieuw signaal als melding`, 'bevinding');
  }
  regels.volgorde(uitgevoerdOp, command.datum, 'datum', 'Een vervolg start op of na de dag van de controle');
  const gestart: ControleEvent = {
    type: 'VervolgGestart',
    zaakId: command.zaakId,
    pandSleutel: stand.pandSleutel,
    bevinding: stand.bevinding,
    vervolg,
    datum: command.datum,
    door: command.door,
    geregistreerdOp: geregistreerdOp(command),
  };
  return metAfronding(command, gestart, andereOpen);
}
