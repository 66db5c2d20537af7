import type { Regels } from '@handhaving/domain-awb';
import type { OpenDwangsomzaak } from '../dwangsom.commands';
import { THEMAS, type DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { controleerGrondslag, controleerHerkomst } from '../regels/zaak';

/** docs/dwangsom.md ("Open the case"): the case, on a legal ground, against one overtreder, for a violation found on a day. */
export function openDwangsomzaak(command: OpenDwangsomzaak, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  if (state.status !== 'onbekend') regels.weiger('zaak-bestaat-al', `Zaak ${command.zaakId} is al geopend`, 'zaakId');
  regels.datum(command.constateringsdatum, 'constateringsdatum');
  regels.tekst(command.overtrederId, 'overtreder-ontbreekt', 'Noem de overtreder (een betrokkene-id): de last richt zich tot hem', 'overtrederId');
  regels.tekst(command.overtreding, 'overtreding-ontbreekt', 'Beschrijf de geconstateerde overtreding', 'overtreding');
  const grondslag = controleerGrondslag(regels, command.grondslag);
  const herkomst = command.herkomst === undefined ? undefined : controleerHerkomst(regels, command.herkomst);
  const thema = regels.keuze(command.thema ?? 'overig', THEMAS, 'thema-onbekend', 'thema', 'thema');
  return [
    {
      type: 'DwangsomzaakGeopend',
      zaakId: command.zaakId,
      gemeente: command.gemeente,
      grondslag,
      overtrederId: command.overtrederId,
      overtreding: command.overtreding,
      constateringsdatum: command.constateringsdatum,
      thema,
      ...(herkomst === undefined ? {} : { herkomst }),
      datum: command.datum,
      door: command.door,
    },
  ];
}
