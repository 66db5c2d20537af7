import type { WijzigStand } from '../register.commands';
import { STANDEN, type RegisterEvent } from '../register.events';
import { geldendeWijzigingen, huidigeStand, type RegisterState } from '../register.state';
import { geregistreerdOp, kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import { controleerOvergang } from '../register-overgangen';

/** Issue 14, item 1: the pand moves to another stand from its ingangsdatum, as the table in register-overgangen.ts allows. */
export function wijzigStand(command: WijzigStand, state: RegisterState): readonly RegisterEvent[] {
  const regels = kamerverhuurRegels(command);
  if (state.status !== 'opgenomen') return regels.weiger('pand-niet-in-register', `Zaak ${command.zaakId} staat niet in het register: neem het pand eerst op`, 'zaakId');
  // A process manager replaying its log after a crash: the change it caused is there already.
  if (command.aanleiding !== undefined && state.wijzigingen.some((w) => w.aanleiding?.eventId === command.aanleiding?.eventId)) return [];
  const naar = regels.keuze(command.naar, STANDEN, 'stand-onbekend', 'stand', 'naar');
  const van = huidigeStand(state);
  controleerOvergang(regels, van, naar);
  // A besluit sets the day its effect starts, which may lie ahead (a permit granted from the first
  // of next month); a medewerker records a change once it happened.
  const ingangsdatum = command.aanleiding === undefined ? regels.datum(command.ingangsdatum, 'ingangsdatum') : regels.toekomstigeDatum(command.ingangsdatum, 'ingangsdatum');
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
      ...(command.aanleiding === undefined ? {} : { aanleiding: command.aanleiding }),
      ingangsdatum,
      geregistreerdOp: geregistreerdOp(command),
      datum: command.datum,
      door: command.door,
    },
  ];
}
