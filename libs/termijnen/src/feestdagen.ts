import { dagnummerVan, formatDagnummer, type Kalenderdatum, weekdagVan } from './kalenderdatum';
import { eerstePaasdag } from './pasen';

/** A day that counts as a general holiday for the Atw (art. 3), with the rule that makes it one. */
export interface Feestdag {
  readonly datum: Kalenderdatum;
  readonly naam: string;
  /** `art. 3 lid 1 Atw`, `art. 3 lid 2 Atw` or `art. 3 lid 3 Atw`. */
  readonly grondslag: string;
  /** For a day made equal by royal decree (art. 3 lid 3): the decree as cited. */
  readonly besluit?: string;
  /** True when no checked decree backs the day: it follows the usual pattern and may still change. */
  readonly voorlopig: boolean;
  /** Why the day falls where it does, when that is not obvious (Koningsdag moved for a Sunday). */
  readonly toelichting?: string;
}

export interface WettelijkeFeestdag {
  readonly dagnummer: number;
  readonly feestdag: Feestdag;
}

const LID_1 = 'art. 3 lid 1 Atw';
const LID_2 = 'art. 3 lid 2 Atw';

/**
 * Art. 3 lid 1 has named 5 May ("de vijfde mei") every year — not only every fifth — since the
 * amendment that also introduced "de dag waarop de verjaardag van de Koning wordt gevierd"; the
 * text in force from 31 March 1982 (date from the BWB version history as relayed by a
 * law-as-code source, not read in the Staatsblad).
 */
export const VIJFDE_MEI_SINDS_JAAR = 1982;

/** Koningsdag on 27 April from 2014 (KB 30 januari 2013, nr. 13.000173, Stcrt. 2013, 4075). */
export const KONINGSDAG_SINDS_JAAR = 2014;

/** Koninginnedag's Sunday rule changed with KB 24 april 1980, nr. 11 (withdrawn from 2014). */
const ZATERDAGREGEL_SINDS_JAAR = 1980;

function dag(dagnummer: number, naam: string, grondslag: string, toelichting?: string): WettelijkeFeestdag {
  const feestdag: Feestdag = toelichting
    ? { datum: formatDagnummer(dagnummer), naam, grondslag, voorlopig: false, toelichting }
    : { datum: formatDagnummer(dagnummer), naam, grondslag, voorlopig: false };
  return { dagnummer, feestdag };
}

/**
 * "De dag waarop de verjaardag van de Koning wordt gevierd" (art. 3 lid 1):
 * - from 2014 Koningsdag, 27 April; 26 April (Saturday) when the 27th is a Sunday;
 * - 1980–2013 Koninginnedag, 30 April; 29 April (Saturday) when the 30th is a Sunday
 *   (KB 24 april 1980, nr. 11);
 * - before 1980 Koninginnedag, 30 April; when that was a Sunday it was celebrated on Monday
 *   1 May (1967, 1972, 1978). Historical practice from secondary sources, not from a decree we
 *   read; the Atw text of those years spoke of "de verjaardag des Konings".
 */
function verjaardagVanDeKoning(jaar: number): WettelijkeFeestdag {
  if (jaar >= KONINGSDAG_SINDS_JAAR) {
    const zevenentwintig = dagnummerVan(jaar, 4, 27);
    return weekdagVan(zevenentwintig) === 7
      ? dag(zevenentwintig - 1, 'Koningsdag', LID_1, '27 april is een zondag; Koningsdag wordt dan op zaterdag 26 april gevierd')
      : dag(zevenentwintig, 'Koningsdag', LID_1);
  }
  const dertig = dagnummerVan(jaar, 4, 30);
  if (weekdagVan(dertig) !== 7) return dag(dertig, 'Koninginnedag', LID_1);
  return jaar >= ZATERDAGREGEL_SINDS_JAAR
    ? dag(dertig - 1, 'Koninginnedag', LID_1, '30 april is een zondag; Koninginnedag werd dan op zaterdag 29 april gevierd (KB 24 april 1980, nr. 11)')
    : dag(dertig + 1, 'Koninginnedag', LID_1, '30 april is een zondag; vóór 1980 werd Koninginnedag dan op maandag 1 mei gevierd (historische praktijk, niet in een besluit nagelezen)');
}

/**
 * The holidays of art. 3 lid 1 and lid 2 Atw for one year, in date order. Holiday packages do
 * not follow the Atw (they drop Goede Vrijdag or keep 5 May five-yearly), so these are the
 * library's own rules.
 */
export function wettelijkeFeestdagen(jaar: number): WettelijkeFeestdag[] {
  const pasen = eerstePaasdag(jaar);
  const dagen: WettelijkeFeestdag[] = [
    dag(dagnummerVan(jaar, 1, 1), 'Nieuwjaarsdag', LID_1),
    // Lid 2: "Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid
    // genoemde dagen gelijkgesteld."
    dag(pasen - 2, 'Goede Vrijdag', LID_2),
    dag(pasen + 1, 'tweede Paasdag', LID_1),
    verjaardagVanDeKoning(jaar),
    dag(pasen + 39, 'Hemelvaartsdag', LID_1),
    dag(pasen + 50, 'tweede Pinksterdag', LID_1),
    dag(dagnummerVan(jaar, 12, 25), 'eerste Kerstdag', LID_1),
    dag(dagnummerVan(jaar, 12, 26), 'tweede Kerstdag', LID_1),
  ];
  if (jaar >= VIJFDE_MEI_SINDS_JAAR) dagen.push(dag(dagnummerVan(jaar, 5, 5), 'vijfde mei (Bevrijdingsdag)', LID_1));
  return dagen.sort((a, b) => a.dagnummer - b.dagnummer);
}
