import { begunstigingstermijn, eindeVan, type Regels } from '@handhaving/domain-awb';
import type { GevraagdeLastVorm } from '../dwangsom.commands';
import type { LastVorm, Looptijd } from '../dwangsom.events';

/**
 * What the last orders: a herstellast with its begunstigingstermijn (art. 5:32a lid 2 Awb, from
 * the day after bekendmaking), or a preventieve last, in force from bekendmaking, perhaps for a
 * looptijd.
 */
export function lastvorm(regels: Regels, bekendmakingsdatum: string, vorm: GevraagdeLastVorm): LastVorm {
  if (vorm?.soort === 'herstellast') {
    if (vorm.begunstigingstermijn === undefined) {
      regels.weiger('begunstigingstermijn-ontbreekt', 'Een herstellast geeft een begunstigingstermijn (art. 5:32a Awb)', 'vorm.begunstigingstermijn');
    }
    return { soort: 'herstellast', begunstigingstermijn: begunstigingstermijn(regels, bekendmakingsdatum, vorm.begunstigingstermijn, 'dwangsom', 'vorm.begunstigingstermijn') };
  }
  if (vorm?.soort === 'preventieve-last') {
    if (vorm.looptijd === undefined) return { soort: 'preventieve-last' };
    return { soort: 'preventieve-last', looptijd: looptijd(regels, bekendmakingsdatum, vorm.looptijd) };
  }
  return regels.weiger('lastvorm-onbekend', 'Kies een herstellast (beëindig de overtreding) of een preventieve last (herhaal haar niet)', 'vorm.soort');
}

/** A duration from the day the last takes effect, like a closure's: never extended (it is no term to act within). */
function looptijd(regels: Regels, bekendmakingsdatum: string, gesteld: { readonly lengte: Looptijd['lengte'] & object } | { readonly einde: string }): Looptijd {
  if ('einde' in gesteld) {
    regels.toekomstigeDatum(gesteld.einde, 'vorm.looptijd.einde');
    if (gesteld.einde <= bekendmakingsdatum) regels.weiger('termijn-ongeldig', `De looptijd moet na de bekendmaking ${bekendmakingsdatum} eindigen`, 'vorm.looptijd.einde');
    return { einde: gesteld.einde };
  }
  const lengte = gesteld.lengte;
  if (lengte?.eenheid !== 'maanden' && lengte?.eenheid !== 'jaren') {
    regels.weiger('termijn-ongeldig', 'Een looptijd is een aantal maanden of jaren', 'vorm.looptijd.lengte.eenheid');
  }
  return { einde: eindeVan(regels, { soort: 'sluitingsduur', vanaf: bekendmakingsdatum, lengte }, 'vorm.looptijd.lengte'), lengte: { aantal: lengte.aantal, eenheid: lengte.eenheid } };
}
