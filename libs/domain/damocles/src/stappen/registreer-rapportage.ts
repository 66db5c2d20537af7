import { DomainRuleViolation, leesBron, leesPandIn, pandSleutel } from '@handhaving/domain-shared';
import { PANDTYPES } from '@handhaving/policy';
import type { RegistreerRapportage } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { controleerBetrokkenen, controleerVondsten, zwaarsteCategorie } from '../regels/rapportage';
import { damoclesRegels } from '../regels/vereis';

/** The bestuurlijke rapportage of the police about a find in a pand (docs/damocles.md, step 1): the case opens with its facts. */
export function registreerRapportage(command: RegistreerRapportage, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  if (state.status !== 'onbekend') {
    throw new DomainRuleViolation('damocles/zaak-bestaat-al', `Zaak ${command.zaakId} is al geregistreerd`, 'zaakId');
  }
  regels.datum(command.constateringsdatum, 'constateringsdatum');
  regels.datum(command.ontvangstdatum, 'ontvangstdatum');
  regels.volgorde(command.constateringsdatum, command.ontvangstdatum, 'ontvangstdatum', 'De rapportage kan niet zijn ontvangen vóór de constatering');
  if (!(PANDTYPES as readonly string[]).includes(command.pandtype)) {
    throw new DomainRuleViolation('damocles/pandtype-onbekend', `Onbekend pandtype ${JSON.stringify(command.pandtype)}: kies ${PANDTYPES.join(' of ')}`, 'pandtype');
  }
  controleerVondsten(command.vondsten);
  controleerBetrokkenen(command.betrokkenen);
  const identiteit = leesPandIn(command.pand, 'pand');
  const bron = command.bron === undefined ? undefined : leesBron(command.bron, 'damocles', 'Een Damocleszaak');
  return [
    {
      type: 'RapportageOntvangen',
      zaakId: command.zaakId,
      gemeente: command.gemeente,
      pand: { sleutel: pandSleutel(identiteit), identiteit, pandtype: command.pandtype },
      constateringsdatum: command.constateringsdatum,
      ontvangstdatum: command.ontvangstdatum,
      vondsten: command.vondsten,
      zwaarsteCategorie: zwaarsteCategorie(command.vondsten),
      betrokkenen: command.betrokkenen,
      datum: command.datum,
      door: command.door,
      ...(bron === undefined ? {} : { bron }),
    },
  ];
}
