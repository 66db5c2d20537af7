import { leeg, type Regels } from '@handhaving/domain-awb';
import { GRONDSLAGEN, HERKOMST_CONTEXTEN, type Grondslag, type Herkomst } from '../dwangsom.events';

/** The legal ground of the last. The APV is the gemeente's own ordinance: without its article the ground cannot be checked. */
export function controleerGrondslag(regels: Regels, grondslag: Grondslag): Grondslag {
  regels.keuze(grondslag?.soort, GRONDSLAGEN, 'grondslag-onbekend', 'grondslag', 'grondslag.soort');
  if (grondslag.soort === 'apv' && leeg(grondslag.artikel)) {
    regels.weiger('apv-artikel-ontbreekt', 'Noem het artikel van de APV waarop de last berust, bijvoorbeeld "art. 2:74a APV"', 'grondslag.artikel');
  }
  return leeg(grondslag.artikel) ? { soort: grondslag.soort } : { soort: grondslag.soort, artikel: (grondslag.artikel as string).trim() };
}

/** The case a dwangsom case started from (a Damocles besluit, a kamerverhuur or flexteam finding). */
export function controleerHerkomst(regels: Regels, herkomst: Herkomst): Herkomst {
  if (!(HERKOMST_CONTEXTEN as readonly string[]).includes(herkomst.context)) {
    regels.weiger('herkomst-onbekend', `Een dwangsomzaak kan voortkomen uit ${HERKOMST_CONTEXTEN.join(', ')}, niet uit ${JSON.stringify(herkomst.context)}`, 'herkomst.context');
  }
  if (leeg(herkomst.zaakId)) regels.weiger('herkomst-onbekend', 'Noem de zaak waaruit deze dwangsomzaak voortkomt', 'herkomst.zaakId');
  return { context: herkomst.context, zaakId: herkomst.zaakId };
}
