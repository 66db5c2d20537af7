import { geregistreerdOp } from '../../regels/flexteam-regels';
import type { ZieAfVanVervolg } from '../controle.commands';
import type { ControleEvent } from '../controle.events';
import type { ControleState } from '../controle.state';
import { metAfronding } from '../regels/afgerond';
import { vereisBevinding } from '../regels/bevinding';
import { controleRegels } from '../regels/controle-regels';

/**
 * No follow-up for a finding (overlast already dealt with, a correction made on the spot), with the
 * reason; not once a follow-up runs. The last open finding declined makes the control afgerond.
 */
export function zieAfVanVervolg(command: ZieAfVanVervolg, state: ControleState): readonly ControleEvent[] {
  const regels = controleRegels(command);
  const { stand, andereOpen, uitgevoerdOp } = vereisBevinding(regels, state, command, 'Afzien van een vervolg kan bij een bevinding van een uitgevoerde controle');
  const reden = regels.tekst(command.reden, 'reden-ontbreekt', 'Noem de reden waarom de bevinding geen vervolg krijgt', 'reden');
  if (stand.stand === 'gestart') {
    regels.weiger('vervolg-al-gestart', `Voor ${stand.bevinding} bij ${stand.pandSleutel} loopt al een vervolg: ${stand.vervolg.context} ${stand.vervolg.zaakId}; sluit die zaak daar af`, 'bevinding');
  }
  if (stand.stand === 'afgezien') {
    regels.weiger('vervolg-afgezien', `Van een vervolg op ${stand.bevinding} bij ${stand.pandSleutel} is op ${stand.datum} al afgezien (${stand.reden})`, 'bevinding');
  }
  regels.volgorde(uitgevoerdOp, command.datum, 'datum', 'Afzien van een vervolg gebeurt op of na de dag van de controle');
  const afgezien: ControleEvent = {
    type: 'VervolgAfgezien',
    zaakId: command.zaakId,
    pandSleutel: stand.pandSleutel,
    bevinding: stand.bevinding,
    reden,
    datum: command.datum,
    door: command.door,
    geregistreerdOp: geregistreerdOp(command),
  };
  return metAfronding(command, afgezien, andereOpen);
}
