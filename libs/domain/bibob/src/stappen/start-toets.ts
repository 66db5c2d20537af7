import { leesPandIn, pandSleutel } from '@handhaving/domain-shared';
import type { StartToets } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { controleerAanleiding } from '../regels/toets';
import { bibobRegels } from '../regels/vereis';

/**
 * Step 1: the toets starts, on an aanvraag (its beslistermijn runs from the day after receipt, art.
 * 4:13 Awb; the weeks are the special law's, given by the policy) or on a signal of the
 * bestuurlijke aanpak.
 */
export function startToets(command: StartToets, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  if (state.status !== 'onbekend') regels.weiger('toets-bestaat-al', `Toets ${command.zaakId} is al gestart`, 'zaakId');
  const gemeente = regels.tekst(command.gemeente, 'gemeente-ontbreekt', 'Noem de gemeente (CBS-code, bijvoorbeeld GM0928)', 'gemeente');
  regels.datum(command.startdatum, 'startdatum');
  const aanleiding = controleerAanleiding(regels, command.aanleiding, command.startdatum);
  const pand = command.pand === undefined ? undefined : leesPandIn(command.pand, 'pand');
  return [
    {
      type: 'BibobToetsGestart',
      zaakId: command.zaakId,
      gemeente,
      startdatum: command.startdatum,
      aanleiding,
      datum: command.datum,
      door: command.door,
      ...(pand === undefined ? {} : { pand: { sleutel: pandSleutel(pand), identiteit: pand } }),
    },
  ];
}
