import { dagenTussen, plusDagen, TermijnFout } from '@handhaving/termijnen';
import type { OpschortingVanAanvraag } from './beslistermijn-aanvraag';

/*
 * Art. 15, 32 Wet Bibob: how long the LBB suspension of the beslistermijn may last. Part of the
 * arithmetic in beslistermijn-aanvraag.ts, which reads the suspensions into `Gelezen`.
 */

/** Art. 32 Wet Bibob: the LBB suspension lasts at most eight weeks, four more after the LBB extended its term once. */
export const LBB_OPSCHORTING = { weken: 8, verlengingWeken: 4 } as const;

export interface Gelezen {
  readonly i: number;
  readonly bron: OpschortingVanAanvraag;
  readonly van: string;
  totEnMet?: string;
  lopend: boolean;
  uiterlijk?: string;
  verlengt?: number;
  toelichting?: string;
}

/** The LBB advice a question belongs to: the last one asked on or before it. */
export function adviesVan(adviezen: readonly Gelezen[], vraag: Gelezen): Gelezen {
  const advies = adviezen.filter((a) => a.bron.gevraagdOp <= vraag.bron.gevraagdOp).at(-1);
  if (advies === undefined) throw new TermijnFout('ongeldige-opschorting', `Vragen van het LBB op ${vraag.bron.gevraagdOp} zonder adviesaanvraag ervoor`, `opschortingen[${vraag.i}].gevraagdOp`);
  return advies;
}

/** Art. 15, 32 Wet Bibob: the LBB suspension's maximum, lengthened by the days its questions stopped the clock. */
export function begrensLbb(advies: Gelezen, vragen: Gelezen[], peildatum: string | undefined): void {
  let uiterlijk: string | undefined = plusDagen(advies.bron.gevraagdOp, 7 * (LBB_OPSCHORTING.weken + (advies.bron.verlengd ? LBB_OPSCHORTING.verlengingWeken : 0)));
  let bedekt = advies.bron.gevraagdOp;
  for (const vraag of [...vragen].sort((a, b) => (a.van < b.van ? -1 : a.van > b.van ? 1 : 0))) {
    vraag.verlengt = 0;
    if (vraag.lopend && advies.bron.ontvangenOp !== undefined) {
      vraag.totEnMet = plusDagen(advies.bron.ontvangenOp, -1);
      vraag.lopend = false;
      vraag.toelichting = `niet beantwoord vóór het advies van ${advies.bron.ontvangenOp}: geteld tot het advies`;
    }
    if (uiterlijk === undefined) continue;
    if (vraag.van > uiterlijk) {
      vraag.toelichting = `gesteld na het einde van de opschorting voor het LBB-advies (${uiterlijk}): verlengt niets`;
      continue;
    }
    if (vraag.lopend) {
      uiterlijk = undefined;
      vraag.toelichting = 'nog niet beantwoord: de opschorting voor het LBB-advies loopt door tot de antwoorden er zijn';
      continue;
    }
    const vanaf = vraag.van > bedekt ? vraag.van : plusDagen(bedekt, 1);
    if ((vraag.totEnMet as string) < vanaf) continue;
    vraag.verlengt = dagenTussen(vanaf, vraag.totEnMet as string) + 1;
    uiterlijk = plusDagen(uiterlijk, vraag.verlengt);
    bedekt = vraag.totEnMet as string;
  }
  if (uiterlijk === undefined) return;
  advies.uiterlijk = uiterlijk;
  const maximum = `de opschorting duurt ten hoogste ${advies.bron.verlengd ? 12 : 8} weken${advies.bron.verlengd ? ' na verlenging' : ''} plus de dagen van de vragen (art. 32 Wet Bibob)`;
  if (!advies.lopend && (advies.totEnMet as string) > uiterlijk) {
    advies.totEnMet = uiterlijk;
    advies.toelichting = `het advies kwam na het maximum: ${maximum}`;
  } else if (advies.lopend && peildatum !== undefined && peildatum > uiterlijk) {
    advies.totEnMet = uiterlijk;
    advies.lopend = false;
    advies.toelichting = `advies nog niet ontvangen, maar ${maximum}: de termijn loopt weer sinds ${plusDagen(uiterlijk, 1)}`;
  }
}
