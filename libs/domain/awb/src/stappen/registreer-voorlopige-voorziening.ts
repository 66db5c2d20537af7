import { hangendeProcedure, type Rechtsgang } from '../beroepsfase';
import type { Regels } from '../regels';

export const STAPPEN_VAN_VOORZIENING = ['gevraagd', 'toegewezen', 'afgewezen'] as const;
/** A voorlopige voorziening asked of the voorzieningenrechter, or his answer. */
export type StapVanVoorziening = (typeof STAPPEN_VAN_VOORZIENING)[number];

/**
 * Art. 8:81 Awb: a voorlopige voorziening asked of the voorzieningenrechter pending the bezwaar or
 * the beroep against a besluit, and the judge's answer. Pending the beroep, one refused pending the
 * bezwaar may be asked anew; one granted runs on until the uitspraak (art. 8:85 Awb). What it does
 * to carrying out the besluit is `controleerUitvoerbaar` (uitvoerbaarheid.ts).
 */
export function registreerVoorlopigeVoorziening(regels: Regels, stap: StapVanVoorziening, r: Rechtsgang): StapVanVoorziening {
  switch (stap) {
    case 'gevraagd': {
      // Art. 8:81 lid 1 Awb: a voorlopige voorziening hangs on a pending bezwaar or beroep.
      const hangend = hangendeProcedure(r);
      if (hangend === undefined) {
        if (r.beroep?.uitspraak) regels.weiger('uitspraak-al-gedaan', 'De rechtbank deed al uitspraak op het beroep: een voorlopige voorziening kan niet meer hangende het beroep worden gevraagd', 'stap');
        if (r.beslissingOpBezwaar) regels.weiger('bezwaar-al-beslist', 'Op het bezwaar is al beslist: een voorlopige voorziening kan pas weer worden gevraagd als er beroep is ingesteld', 'stap');
        regels.weiger('voorziening-zonder-bezwaar', 'Een voorlopige voorziening kan alleen hangende bezwaar of beroep worden gevraagd', 'stap');
      }
      const alGevraagd = hangend === 'bezwaar' ? r.voorlopigeVoorziening !== 'geen' : r.voorlopigeVoorziening === 'gevraagd' || r.voorlopigeVoorziening === 'toegewezen';
      if (alGevraagd) regels.weiger('voorziening-al-gevraagd', `Er is al een voorlopige voorziening ${r.voorlopigeVoorziening}`, 'stap');
      return stap;
    }
    case 'toegewezen':
    case 'afgewezen':
      if (r.voorlopigeVoorziening !== 'gevraagd') regels.weiger('voorziening-niet-gevraagd', 'Er is geen voorlopige voorziening gevraagd waarop de rechter nog moet beslissen', 'stap');
      return stap;
    default: {
      const onbekend: never = stap;
      return regels.weiger('voorziening-stap-onbekend', `Onbekende stap ${JSON.stringify(onbekend)}: kies gevraagd, toegewezen of afgewezen`, 'stap');
    }
  }
}
