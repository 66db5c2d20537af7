import type { SluitMelding } from '../melding.commands';
import { REDENEN_VAN_SLUITEN, type GekoppeldeZaak, type MeldingEvent } from '../melding.events';
import type { MeldingState } from '../melding.state';
import { geregistreerdOp, meldingRegels, vereisOpen } from '../regels/melding-regels';

/** A melding is closed with a reason from the fixed list; taken into a case, it names that case. */
export function sluitMelding(command: SluitMelding, state: MeldingState): readonly MeldingEvent[] {
  const regels = meldingRegels(command);
  const melding = vereisOpen(regels, state, command.zaakId);
  const reden = regels.keuze(command.reden, REDENEN_VAN_SLUITEN, 'reden-onbekend', 'reden', 'reden');
  let zaak: GekoppeldeZaak | undefined;
  if (reden === 'opgenomen-in-zaak') {
    const context = regels.tekst(command.zaak?.context, 'zaak-ontbreekt', 'Noem de zaak waarin de melding is opgenomen: { context, zaakId }', 'zaak.context');
    const zaakId = regels.tekst(command.zaak?.zaakId, 'zaak-ontbreekt', 'Noem de zaak waarin de melding is opgenomen: { context, zaakId }', 'zaak.zaakId');
    zaak = { context, zaakId };
  } else if (command.zaak !== undefined) {
    regels.weiger('zaak-alleen-bij-opgenomen-in-zaak', `Een zaak hoort alleen bij de reden opgenomen-in-zaak, niet bij ${reden}`, 'zaak');
  }
  regels.volgorde(melding.laatsteDatum, command.datum, 'datum', 'Een melding wordt gesloten na haar vorige stap');
  return [{ type: 'MeldingGesloten', zaakId: command.zaakId, reden, ...(zaak === undefined ? {} : { zaak }), datum: command.datum, door: command.door, geregistreerdOp: geregistreerdOp(command) }];
}
