import { leesPandIn, pandSleutel } from '@handhaving/domain-shared';
import type { NeemPandOp } from '../register.commands';
import type { RegisterEvent } from '../register.events';
import type { RegisterState } from '../register.state';
import { geregistreerdOp, kamerverhuurRegels } from '../../regels/kamerverhuur-regels';

/**
 * Issue 14, item 1: a pand with room rental enters the register, `in-onderzoek`, from its
 * ingangsdatum. Its zaakId is named after the pand's key by the API, so a second entry for the
 * same pand finds this stream and is refused here.
 */
export function neemPandOp(command: NeemPandOp, state: RegisterState): readonly RegisterEvent[] {
  const regels = kamerverhuurRegels(command);
  if (state.status !== 'onbekend') regels.weiger('pand-al-in-register', `Dit pand staat al in het register (${command.zaakId}): wijzig zijn stand in plaats van het opnieuw op te nemen`, 'pand');
  const identiteit = leesPandIn(command.pand, 'pand');
  const sleutel = pandSleutel(identiteit);
  regels.tekst(command.gemeente, 'gemeente-ontbreekt', 'Noem de gemeente (CBS-code, bijvoorbeeld GM0928) van het register', 'gemeente');
  if (!Number.isInteger(command.aantalKamers) || command.aantalKamers < 1) {
    regels.weiger('aantal-kamers-ongeldig', `${JSON.stringify(command.aantalKamers)} kamers kan niet: geef het aantal verhuurde kamers als geheel getal van 1 of meer`, 'aantalKamers');
  }
  const eigenaarId = regels.tekst(command.betrokkenen?.eigenaarId, 'eigenaar-ontbreekt', 'Noem de eigenaar van het pand (een betrokkene-id)', 'betrokkenen.eigenaarId');
  const exploitant = command.betrokkenen.exploitantId;
  if (exploitant !== undefined) regels.tekst(exploitant, 'exploitant-ontbreekt', 'Laat de exploitant weg of noem hem (een betrokkene-id)', 'betrokkenen.exploitantId');
  const ingangsdatum = regels.datum(command.ingangsdatum, 'ingangsdatum');
  return [
    {
      type: 'PandInRegisterOpgenomen',
      zaakId: command.zaakId,
      gemeente: command.gemeente.trim(),
      pand: { sleutel, identiteit },
      aantalKamers: command.aantalKamers,
      betrokkenen: { eigenaarId, ...(exploitant === undefined ? {} : { exploitantId: exploitant.trim() }) },
      stand: 'in-onderzoek',
      ingangsdatum,
      geregistreerdOp: geregistreerdOp(command),
      datum: command.datum,
      door: command.door,
    },
  ];
}

