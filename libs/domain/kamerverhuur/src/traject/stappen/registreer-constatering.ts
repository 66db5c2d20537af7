import type { Regels } from '@handhaving/domain-awb';
import { leesBron } from '@handhaving/domain-shared';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { RegistreerConstatering } from '../traject.commands';
import { TRAJECTSOORTEN, type TrajectEvent } from '../traject.events';
import type { TrajectState } from '../traject.state';

/**
 * docs: kamerverhuur.md ("Handhavingstraject"): a toezichthouder found kamerverhuur without a
 * vergunning, or an illegal woningsplitsing, in a pand of the register; the traject opens against
 * one overtreder. Often from a flexteam control (`bron`).
 */
export function registreerConstatering(command: RegistreerConstatering, state: TrajectState): readonly TrajectEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  if (state.status !== 'onbekend') regels.weiger('zaak-bestaat-al', `Traject ${command.zaakId} is al geregistreerd: een nieuwe constatering in hetzelfde pand opent een nieuw traject`, 'zaakId');
  const gemeente = regels.tekst(command.gemeente, 'gemeente-ontbreekt', 'Noem de gemeente (CBS-code, bijvoorbeeld GM0928) van het traject', 'gemeente');
  const registerZaakId = regels.tekst(command.registerZaakId, 'register-ontbreekt', 'Noem het pand in het kamerverhuurregister (registerZaakId); staat het er nog niet in, neem het dan eerst op', 'registerZaakId');
  const pandSleutel = regels.tekst(command.pandSleutel, 'pand-ontbreekt', 'Noem het pand (zijn sleutel, zoals in het register: adres:6461AB-12)', 'pandSleutel');
  const soort = regels.keuze(command.soort, TRAJECTSOORTEN, 'soort-onbekend', 'soort', 'soort');
  const overtrederId = regels.tekst(command.overtrederId, 'overtreder-ontbreekt', 'Noem de overtreder (een betrokkene-id): de aanschrijving en de last richten zich tot hem', 'overtrederId');
  regels.datum(command.constateringsdatum, 'constateringsdatum');
  regels.volgorde(command.constateringsdatum, command.datum, 'datum', 'Een constatering wordt niet vastgelegd vóór de dag waarop zij is gedaan');
  const toezichthouder = regels.tekst(command.toezichthouder, 'toezichthouder-ontbreekt', 'Noem de toezichthouder die de overtreding zag', 'toezichthouder');
  const bevindingen = regels.tekst(command.bevindingen, 'bevindingen-ontbreken', 'Beschrijf wat de toezichthouder aantrof: hoeveel kamers of woningen, hoeveel huishoudens', 'bevindingen');
  const bron = command.bron === undefined ? undefined : leesBron(command.bron, 'kamerverhuur', 'Een traject');
  return [
    {
      type: 'OvertredingGeconstateerd',
      zaakId: command.zaakId,
      gemeente,
      registerZaakId,
      pandSleutel,
      soort,
      overtrederId,
      constateringsdatum: command.constateringsdatum,
      toezichthouder,
      bevindingen,
      ...(bron === undefined ? {} : { bron }),
      datum: command.datum,
      door: command.door,
    },
  ];
}
