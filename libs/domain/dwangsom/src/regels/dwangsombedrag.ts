import type { Regels } from '@handhaving/domain-awb';
import { controleerBedragCent, formatEuro } from '../bedrag';
import { TIJDSEENHEDEN, type Dwangsombedrag } from '../dwangsom.events';

/** Art. 5:32b lid 1 Awb: a sum per overtreding or per tijdseenheid (dag, week), in whole cents. */
export function controleerDwangsombedrag(regels: Regels, bedrag: Dwangsombedrag, veld = 'bedrag'): Dwangsombedrag {
  const bedragCent = controleerBedragCent(bedrag?.bedragCent, `${veld}.bedragCent`);
  if (bedrag.soort === 'per-overtreding') return { soort: 'per-overtreding', bedragCent };
  if (bedrag.soort === 'per-tijdseenheid') {
    if (!(TIJDSEENHEDEN as readonly string[]).includes(bedrag.eenheid)) {
      regels.weiger('tijdseenheid-onbekend', `Onbekende tijdseenheid ${JSON.stringify(bedrag.eenheid)}: kies ${TIJDSEENHEDEN.join(' of ')}`, `${veld}.eenheid`);
    }
    return { soort: 'per-tijdseenheid', eenheid: bedrag.eenheid, bedragCent };
  }
  return regels.weiger('bedragsoort-onbekend', 'Een dwangsom is een bedrag per overtreding of per tijdseenheid (art. 5:32b Awb)', `${veld}.soort`);
}

/** Art. 5:32b lid 1 Awb: a maximum above which nothing forfeits; below one sum the last would be no dwangsom. */
export function controleerMaximum(regels: Regels, maximumCent: number, bedrag: Dwangsombedrag, veld: string): void {
  if (maximumCent < bedrag.bedragCent) {
    regels.weiger('maximum-onder-bedrag', `Het maximum (${formatEuro(maximumCent)}) ligt onder het bedrag van één verbeuring (${formatEuro(bedrag.bedragCent)})`, veld);
  }
}
