import type { WijzigStand } from '../kamerverhuur.commands';
import { STANDEN, type KamerverhuurEvent } from '../kamerverhuur.events';
import { geldendeWijzigingen, huidigeStand, type KamerverhuurState } from '../kamerverhuur.state';
import { geregistreerdOp, kamerverhuurRegels } from '../regels/kamerverhuur-regels';
import { controleerOvergang } from '../regels/register-overgangen';

/** Issue 14, item 1: the pand moves to another stand from its ingangsdatum, as the table in regels/register-overgangen.ts allows. */
export function wijzigStand(command: WijzigStand, state: KamerverhuurState): readonly KamerverhuurEvent[] {
  const regels = kamerverhuurRegels(command);
  if (state.status !== 'opgenomen') return regels.weiger('pand-niet-in-register', `Zaak ${command.zaakId} staat niet in het register: neem het pand eerst op`, 'zaakId');
  const naar = regels.keuze(command.naar, STANDEN, 'stand-onbekend', 'stand', 'naar');
  const van = huidigeStand(state);
  controleerOvergang(regels, van, naar);
  const ingangsdatum = regels.datum(command.ingangsdatum, 'ingangsdatum');
  const vorige = geldendeWijzigingen(state).at(-1)?.ingangsdatum ?? state.opgenomenOp;
  regels.volgorde(vorige, ingangsdatum, 'ingangsdatum', `De wijziging gaat niet in vóór de vorige stand van het pand`);
  const reden = command.reden === undefined ? undefined : command.reden.trim();
  if (naar === 'afgevoerd') regels.tekst(reden, 'reden-ontbreekt', 'Geef de reden waarom het pand wordt afgevoerd (bijvoorbeeld vergunning ingetrokken, vervallen, geen kamerverhuur meer)', 'reden');
  return [
    {
      type: 'StandGewijzigd',
      zaakId: command.zaakId,
      wijziging: state.wijzigingen.length + 1,
      van,
      naar,
      ...(reden === undefined || reden === '' ? {} : { reden }),
      ingangsdatum,
      geregistreerdOp: geregistreerdOp(command),
      datum: command.datum,
      door: command.door,
    },
  ];
}
