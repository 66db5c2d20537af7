import type { Regels } from '@handhaving/domain-awb';
import { controleerBedragCent, formatEuro } from '../bedrag';
import type { RegistreerBetaling } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { zoekInvordering } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { vereisLast } from '../regels/vereis';

/** A payment on an invorderingsbeschikking, at most what is still owed on it. */
export function registreerBetaling(command: RegistreerBetaling, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'Een betaling volgt op een invorderingsbeschikking');
  const invordering = zoekInvordering(s, command.invordering, 'invordering');
  if (invordering.vervallen) regels.weiger('invordering-vervallen', `Invorderingsbeschikking ${invordering.invordering} is herroepen: er valt niets op te betalen`, 'invordering');
  const bedrag = controleerBedragCent(command.bedragCent, 'bedragCent');
  regels.datum(command.betaaldatum, 'betaaldatum');
  const openstaand = invordering.bedragCent - invordering.betaaldCent;
  if (openstaand === 0) regels.weiger('invordering-voldaan', `Invorderingsbeschikking ${invordering.invordering} is al volledig betaald`, 'invordering');
  if (bedrag > openstaand) {
    regels.weiger(
      'betaling-te-hoog',
      `Er staat nog ${formatEuro(openstaand)} open op invorderingsbeschikking ${invordering.invordering}; ${formatEuro(bedrag)} is meer (een teveel betaald bedrag wordt terugbetaald, niet geboekt)`,
      'bedragCent',
    );
  }
  return [
    {
      type: 'BetalingOntvangen',
      zaakId: command.zaakId,
      invordering: invordering.invordering,
      bedragCent: bedrag,
      betaaldatum: command.betaaldatum,
      openstaandCent: openstaand - bedrag,
      datum: command.datum,
      door: command.door,
    },
  ];
}
