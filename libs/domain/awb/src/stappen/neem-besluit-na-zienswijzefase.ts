import { plusDagen } from '@handhaving/termijnen';
import type { Regels } from '../regels';
import { iedereenGehoord, type Zienswijzefase } from '../zienswijzefase';

/**
 * Art. 4:8 Awb: the besluit follows the zienswijzefase. It is taken after the zienswijzetermijn
 * ended, or earlier only once everyone the voornemen went to gave his zienswijze (and not before
 * the last of them); and it is made known (art. 3:41 Awb) on or after the day it was taken.
 * `besluit.veld` names the command's field of the bekendmakingsdatum.
 */
export function controleerBesluitNaZienswijzefase(
  regels: Regels,
  fase: Zienswijzefase,
  besluit: { readonly datum: string; readonly bekendmakingsdatum: string; readonly veld: string },
): void {
  regels.datum(besluit.datum, 'datum');
  regels.bekendmakingsdatum(besluit.bekendmakingsdatum, besluit.veld);
  if (iedereenGehoord(fase)) {
    const laatste = fase.zienswijzen.reduce((max, z) => (z.datum > max ? z.datum : max), fase.verzenddatum);
    regels.volgorde(laatste, besluit.datum, 'datum', 'Het besluit kan niet vóór de laatste zienswijze zijn genomen');
  } else if (besluit.datum <= fase.zienswijzetermijnEinde) {
    const wachtOp = fase.aan.filter((id) => !fase.zienswijzen.some((z) => z.van === id));
    regels.weiger(
      'besluit-binnen-zienswijzetermijn',
      `De zienswijzetermijn loopt tot en met ${fase.zienswijzetermijnEinde} en ${wachtOp.length > 0 ? `${wachtOp.join(', ')} gaf nog geen zienswijze` : 'er kwam geen zienswijze'}: het besluit kan vanaf ${plusDagen(fase.zienswijzetermijnEinde, 1)} worden genomen (art. 4:8 Awb)`,
      'datum',
    );
  }
  regels.volgorde(besluit.datum, besluit.bekendmakingsdatum, besluit.veld, 'Een besluit wordt niet bekendgemaakt vóór de dag waarop het is genomen');
}

