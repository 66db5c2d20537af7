import { plusDagen } from '@handhaving/termijnen';
import { EINDEN_VAN_OPSCHORTING, type EindeVanOpschorting, type OpschortingBeslistermijnBeeindigd } from '../awb.events';
import type { BeslistermijnVerloop } from '../beslistermijn-bezwaar';
import type { Regels } from '../regels';

export interface RegistreerEindeOpschorting {
  readonly einde: EindeVanOpschorting;
  /** The day of the repair, or a day after the hersteltermijn ended. */
  readonly datum: string;
}

export type EindeOpschorting = Omit<OpschortingBeslistermijnBeeindigd, 'type' | 'zaakId' | 'datum' | 'door'>;

/** Art. 7:10 lid 2 Awb: the omission was repaired, or its term passed unused: the beslistermijn runs again. */
export function registreerEindeOpschorting(regels: Regels, command: RegistreerEindeOpschorting, verloop: BeslistermijnVerloop): EindeOpschorting {
  const lopend = verloop.lopend;
  if (lopend === undefined) regels.weiger('geen-opschorting', 'De beslistermijn op bezwaar is niet opgeschort: er is geen herstel van een verzuim gevraagd', 'zaakId');
  if (!(EINDEN_VAN_OPSCHORTING as readonly unknown[]).includes(command.einde)) {
    regels.weiger('einde-opschorting-onbekend', `Onbekend einde ${JSON.stringify(command.einde)}: kies ${EINDEN_VAN_OPSCHORTING.join(' of ')}`, 'einde');
  }
  const einde = command.einde;
  regels.volgorde(lopend.gevraagdOp, command.datum, 'datum', 'De opschorting kan niet eindigen vóór het herstelverzoek');
  if (einde === 'hersteltermijn-ongebruikt-verstreken' && command.datum <= lopend.hersteltermijnEinde) {
    regels.weiger('hersteltermijn-loopt-nog', `De hersteltermijn loopt tot en met ${lopend.hersteltermijnEinde}; vaststellen dat hij ongebruikt verstreek kan vanaf de dag erna`, 'datum');
  }
  // Art. 7:10 lid 2 Awb: "tot de dag waarop het verzuim is hersteld": the term runs again on
  // the day of the repair, so the day before is the last that stood still; a repair after the
  // hersteltermijn counts no further than its last day, when the suspension had ended unused.
  const dagVoorHerstel = plusDagen(command.datum, -1);
  const totEnMet = einde === 'verzuim-hersteld' && dagVoorHerstel < lopend.hersteltermijnEinde ? dagVoorHerstel : lopend.hersteltermijnEinde;
  const van = lopend.opschorting.van;
  return { einde, ...(totEnMet >= van ? { opschorting: { van, totEnMet } } : {}) };
}
