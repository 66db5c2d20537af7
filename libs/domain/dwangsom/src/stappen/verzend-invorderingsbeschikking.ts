import { controleerUitvoerbaar, eindeVan, type Regels } from '@handhaving/domain-awb';
import { formatEuro } from '../bedrag';
import type { VerzendInvorderingsbeschikking } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { splitsOpVerjaring, verjaringVanEenheid } from '../eenheden';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { rechtsgang } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 5:37 Awb: the invorderingsbeschikking for one forfeiture, claiming the units not yet verjaard (art. 5:35 Awb). */
export function verzendInvorderingsbeschikking(command: VerzendInvorderingsbeschikking, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'Een invorderingsbeschikking volgt op een verbeurde dwangsom');
  const verbeuring = s.verbeuringen.find((v) => v.verbeuring === command.verbeuring);
  if (verbeuring === undefined) {
    regels.weiger('verbeuring-onbekend', `Er is geen verbeuring ${command.verbeuring} in deze zaak`, 'verbeuring');
  }
  if (verbeuring.vervallen) {
    regels.weiger('verbeuring-vervallen', `De last is herroepen: verbeuring ${verbeuring.verbeuring} is niet verschuldigd`, 'verbeuring');
  }
  if (verbeuring.invordering !== undefined) {
    regels.weiger('al-ingevorderd', `Voor verbeuring ${verbeuring.verbeuring} is al invorderingsbeschikking ${verbeuring.invordering} verzonden`, 'verbeuring');
  }
  regels.datum(command.bekendmakingsdatum, 'bekendmakingsdatum');
  // What carries out a last onder dwangsom is the invordering of what forfeited (docs/dwangsom.md,
  // "Carrying out a contested last"): no beschikking goes out under a last while a voorlopige
  // voorziening asked against it is undecided, nor while the judge suspended it (art. 8:81, 8:85
  // Awb), nor once the rechtbank vernietigde it. The kernel decides, as for a closure.
  controleerUitvoerbaar(regels, rechtsgang(bestreden(s, { besluit: 'last' })), command.bekendmakingsdatum, 'bekendmakingsdatum', 'de last');
  regels.volgorde(verbeuring.verbeurdOp, command.bekendmakingsdatum, 'bekendmakingsdatum', 'De invorderingsbeschikking kan niet vóór de verbeuring zijn bekendgemaakt');
  // Art. 5:35 Awb: one year after the day a unit forfeited, its claim is gone; the Atw does not
  // extend it (art. 4). Each day (or week) of a period verjaart on its own: the beschikking claims
  // the units not yet verjaard and records the part that was.
  const { verjaard, invorderbaar } = splitsOpVerjaring(verbeuring.eenheden, command.bekendmakingsdatum);
  if (invorderbaar === undefined) {
    const e = verbeuring.eenheden;
    const wanneer = e.aantal === 1 ? `verbeurd op ${e.eersteOp}` : `verbeurd van ${verbeuring.verbeurdOp} tot en met ${verbeuring.totEnMet}`;
    regels.weiger(
      'verbeurde-dwangsom-verjaard',
      `Verbeuring ${verbeuring.verbeuring} (${formatEuro(verbeuring.bedragCent)}, ${wanneer}) is verjaard na ${verjaringVanEenheid(e, e.aantal - 1)} (art. 5:35 Awb): zij kan niet meer worden ingevorderd`,
      'bekendmakingsdatum',
    );
  }
  return [
    {
      type: 'InvorderingsbeschikkingVerzonden',
      zaakId: command.zaakId,
      invordering: s.invorderingen.length + 1,
      verbeuring: verbeuring.verbeuring,
      bedragCent: invorderbaar.bedragCent,
      bekendmakingsdatum: command.bekendmakingsdatum,
      bezwaartermijnEinde: eindeVan(regels, { soort: 'bezwaartermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
      ingevorderd: invorderbaar,
      ...(verjaard === undefined ? {} : { verjaard }),
      datum: command.datum,
      door: command.door,
    },
  ];
}
