import { DomainRuleViolation } from '@handhaving/domain-shared';
import { plusDagen } from '@handhaving/termijnen';
import type { RegistreerEindeOpschorting } from '../damocles.commands';
import { type DamoclesEvent, EINDEN_VAN_OPSCHORTING } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { hangendBezwaar } from '../regels/beslistermijn';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 7:10 lid 2 Awb: the omission was repaired, or its term passed unused: the beslistermijn runs again. */
export function registreerEindeOpschorting(command: RegistreerEindeOpschorting, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Een opschorting van de beslistermijn op bezwaar hoort bij een sluitingsbesluit');
  const lopend = hangendBezwaar(s.rechtsbescherming).verloop.lopend;
  if (lopend === undefined) throw new DomainRuleViolation('damocles/geen-opschorting', 'De beslistermijn op bezwaar is niet opgeschort: er is geen herstel van een verzuim gevraagd', 'zaakId');
  if (!(EINDEN_VAN_OPSCHORTING as readonly string[]).includes(command.einde)) {
    throw new DomainRuleViolation('damocles/einde-opschorting-onbekend', `Onbekend einde ${JSON.stringify(command.einde)}: kies ${EINDEN_VAN_OPSCHORTING.join(' of ')}`, 'einde');
  }
  regels.volgorde(lopend.gevraagdOp, command.datum, 'datum', 'De opschorting kan niet eindigen vóór het herstelverzoek');
  if (command.einde === 'hersteltermijn-ongebruikt-verstreken' && command.datum <= lopend.hersteltermijnEinde) {
    throw new DomainRuleViolation(
      'damocles/hersteltermijn-loopt-nog',
      `De hersteltermijn loopt tot en met ${lopend.hersteltermijnEinde}; vaststellen dat hij ongebruikt verstreek kan vanaf de dag erna`,
      'datum',
    );
  }
  // Art. 7:10 lid 2 Awb: "tot de dag waarop het verzuim is hersteld": the term runs again on
  // the day of the repair, so the day before is the last that stood still; a repair after the
  // hersteltermijn counts no further than its last day, when the suspension had ended unused.
  const dagVoorHerstel = plusDagen(command.datum, -1);
  const totEnMet = command.einde === 'verzuim-hersteld' && dagVoorHerstel < lopend.hersteltermijnEinde ? dagVoorHerstel : lopend.hersteltermijnEinde;
  const van = lopend.opschorting.van;
  return [
    {
      type: 'OpschortingBeslistermijnBeeindigd',
      zaakId: command.zaakId,
      einde: command.einde,
      ...(totEnMet >= van ? { opschorting: { van, totEnMet } } : {}),
      datum: command.datum,
      door: command.door,
    },
  ];
}
