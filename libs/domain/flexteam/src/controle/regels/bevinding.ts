import type { Regels } from '@handhaving/domain-awb';
import { sleutelIn } from '../../regels/flexteam-regels';
import { BEVINDINGEN, type Bevinding } from '../controle.events';
import type { ControleState, Vervolgstand } from '../controle.state';
import { vereisControle } from './controle-regels';
import { vraagtVervolg } from './vervolgen';

export interface GevondenBevinding {
  /** The finding's follow-up as it stands. */
  readonly stand: Vervolgstand;
  /** Whether another finding of the control still waits for its follow-up. */
  readonly andereOpen: boolean;
  /** The day the control was held: no follow-up precedes it. */
  readonly uitgevoerdOp: string;
}

/** The finding a follow-up step is about: found at that address in the executed control, and one that has a follow-up. */
export function vereisBevinding(regels: Regels, state: ControleState, command: { readonly zaakId: string; readonly pandSleutel: string; readonly bevinding: Bevinding }, wat: string): GevondenBevinding {
  const controle = vereisControle(state, command.zaakId, ['uitgevoerd', 'afgerond'], wat);
  const bevinding = regels.keuze(command.bevinding, BEVINDINGEN, 'bevinding-onbekend', 'bevinding', 'bevinding');
  if (!vraagtVervolg(bevinding)) regels.weiger('geen-vervolg-bij-geen-bijzonderheden', 'Bij geen-bijzonderheden hoort geen vervolg: kies de bevinding waarvoor een vervolg start of waarvan wordt afgezien', 'bevinding');
  const sleutel = sleutelIn(command.pandSleutel, 'pandSleutel');
  const bezoek = controle.uitvoering.bezoeken.find((b) => b.pandSleutel === sleutel);
  if (bezoek === undefined) {
    regels.weiger('pand-niet-bezocht', `${sleutel} is bij deze controle niet bezocht: kies een van ${controle.uitvoering.bezoeken.map((b) => b.pandSleutel).join(', ')}`, 'pandSleutel');
  }
  const stand = controle.vervolgen.find((v) => v.pandSleutel === sleutel && v.bevinding === bevinding);
  if (stand === undefined) regels.weiger('bevinding-niet-gedaan', `Bij ${sleutel} is ${bevinding} niet vastgesteld (bevindingen: ${bezoek.bevindingen.join(', ')})`, 'bevinding');
  return { stand, andereOpen: controle.vervolgen.some((v) => v !== stand && v.stand === 'open'), uitgevoerdOp: controle.uitvoering.datum };
}
