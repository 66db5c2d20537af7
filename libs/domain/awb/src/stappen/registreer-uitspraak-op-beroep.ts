import { BEROEPSUITKOMSTEN, type Beroepsuitkomst } from '../awb.events';
import type { Beroep, Uitspraak } from '../beroepsfase';
import type { Regels } from '../regels';

export interface RegistreerUitspraakOpBeroep {
  readonly uitkomst: Beroepsuitkomst;
  /** For gegrond: whether the rechtbank revoked the besluit (art. 8:72 lid 3 sub b Awb) or let its legal effects stand (sub a). */
  readonly vernietigd?: boolean;
  readonly uitspraakdatum: string;
}

/**
 * Art. 8:70, 8:72 Awb: the rechtbank's uitspraak on a beroep recorded and not yet decided, not
 * before the beroep was brought. Only a gegrond beroep can annul the besluit, and then it must be
 * said whether it did.
 */
export function registreerUitspraakOpBeroep(regels: Regels, command: RegistreerUitspraakOpBeroep, beroep: Beroep | undefined, veld = 'zaakId'): Uitspraak {
  if (beroep === undefined) regels.weiger('geen-beroep', 'Er is geen beroep ingesteld waarop de rechtbank uitspraak kan doen', veld);
  if (beroep.uitspraak !== undefined) regels.weiger('uitspraak-al-gedaan', `${beroep.rechtbank} deed al uitspraak op het beroep (${beroep.uitspraak.uitspraakdatum})`, veld);
  const uitkomst = regels.keuze(command.uitkomst, BEROEPSUITKOMSTEN, 'uitkomst-onbekend', 'uitkomst', 'uitkomst');
  if (uitkomst === 'gegrond' && typeof command.vernietigd !== 'boolean') {
    regels.weiger('vernietiging-ontbreekt', 'Bij een gegrond beroep: zeg of de rechtbank het besluit vernietigde (vernietigd: true) of de rechtsgevolgen in stand liet (false)', 'vernietigd');
  }
  if (uitkomst !== 'gegrond' && command.vernietigd === true) {
    regels.weiger('vernietiging-zonder-gegrond-beroep', `Een ${uitkomst} beroep laat het besluit staan: het kan niet vernietigd zijn`, 'vernietigd');
  }
  regels.datum(command.uitspraakdatum, 'uitspraakdatum');
  regels.volgorde(beroep.indieningsdatum, command.uitspraakdatum, 'uitspraakdatum', 'De uitspraak kan niet vóór de indiening van het beroep zijn gedaan');
  return { uitkomst, vernietigd: command.vernietigd === true, uitspraakdatum: command.uitspraakdatum };
}
